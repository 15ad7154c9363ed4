import { getLocale } from "next-intl/server";
import { PaperWarning } from "@/components/plan/paper-warning";
import { PlanCrisisLines } from "@/components/plan/plan-crisis-lines";
import { printChoicesWords, printOptionWords } from "@/components/plan/plan-file-words";
import { PrintChoices } from "@/components/plan/print-choices";
import { sectionSummaryWords } from "@/components/plan/section-summary-words";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { builtSafetyPlan } from "@/lib/content/strategy-library";
import { defaultPrintChoices, printOptions } from "@/lib/plan/print-choices";
import { planOf } from "@/lib/plan-store/saved-plans";
import { printChoicesAction } from "./print-actions";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("print");

// Without JavaScript, React hands the action's answer back to the component at the same place in the tree.
const CHOICES_KEY = "print-choices";

async function PrintPage({ session }: { session: SignedIn }) {
  const [plan, locale, optionWords, words] = await Promise.all([
    planOf(session),
    getLocale(),
    printOptionWords(),
    printChoicesWords(),
  ]);
  const built = builtSafetyPlan(plan.value, locale);
  return (
    <PrintChoices
      key={CHOICES_KEY}
      action={printChoicesAction}
      options={printOptions(built, optionWords)}
      defaults={defaultPrintChoices(built)}
      warning={<PaperWarning what="plan" />}
      crisisLines={<PlanCrisisLines answers={plan.value.circumstances} paper />}
      summaryWords={await sectionSummaryWords(built.sections)}
      words={words}
    />
  );
}

export default guardedPage(PrintPage);
