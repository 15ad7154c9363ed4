import { useTranslations } from "next-intl";
import { AppLink } from "@/components/app-link/app-link";
import type { NextStep } from "@/lib/plan/next-steps";
import { planRoutes } from "@/lib/site/site-routes";

type FormAction = (form: FormData) => Promise<void>;

type Props = {
  steps: NextStep[];
  /** Whether the person has said what matters most; if not, the list says where to. */
  hasPriorities: boolean;
  /** Whether any idea was set aside, so they can be offered again. */
  anySetAside: boolean;
  actions: { done: FormAction; setAside: FormAction; bringBack: FormAction };
};

const button = "min-h-11 rounded-md px-3 py-2 text-sm font-bold";

/** The few steps the plan opens with, each with "Done" and "Pick a different one": plain forms. */
export function NextStepsList({ steps, hasPriorities, anySetAside, actions }: Props) {
  const t = useTranslations("plan.steps");
  return (
    <section aria-labelledby="next-steps-heading" className="mb-8" data-next-steps="">
      <h2 id="next-steps-heading" className="mt-0">
        {t("heading")}
      </h2>
      <p>
        {t("intro")}
        {!hasPriorities && (
          <>
            {" "}
            {t.rich("noPriorities", {
              answers: (words) => <AppLink href={planRoutes.questions}>{words}</AppLink>,
            })}
          </>
        )}
      </p>
      {steps.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ol className="list-none pl-0">
          {steps.map((step) => (
            <li key={step.id} className="mb-4 rounded-md border-2 border-gray-200 p-3" data-next-step={step.id}>
              <p id={`step-${step.id}`} className="mb-1">
                {step.text}
              </p>
              <p className="mb-2 text-sm text-muted">
                {t.rich("why", {
                  why: step.why,
                  part: step.section.title,
                  link: (words) => <AppLink href={planRoutes.section(step.section.id)}>{words}</AppLink>,
                })}
              </p>
              <div className="flex flex-wrap gap-2">
                <form action={actions.done}>
                  <input type="hidden" name="doneStep" value={step.id} />
                  <button type="submit" aria-describedby={`step-${step.id}`} className={`${button} bg-ink text-white`}>
                    {t("done")}
                  </button>
                </form>
                <form action={actions.setAside}>
                  <input type="hidden" name="setAsideStep" value={step.id} />
                  <button
                    type="submit"
                    aria-describedby={`step-${step.id}`}
                    className={`${button} border-2 border-ink`}
                  >
                    {t("setAside")}
                  </button>
                </form>
              </div>
            </li>
          ))}
        </ol>
      )}
      <p className="text-sm text-muted">{t("after")}</p>
      {anySetAside && (
        <form action={actions.bringBack}>
          <input type="hidden" name="bringBack" value="all" />
          <button type="submit" className={`${button} border-2 border-ink`}>
            {t("bringBack")}
          </button>
        </form>
      )}
    </section>
  );
}
