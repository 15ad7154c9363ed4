import { AppLink } from "@/components/app-link/app-link";
import { languagesOf } from "@/components/resource-directory/resource-card";
import { ResourceContact } from "@/components/resource-directory/resource-contact";
import { shortAddress } from "@/lib/content/crisis-lines";
import { directory } from "@/lib/content/guidance";
import { handOffFor, type HandOffLine } from "@/lib/content/hand-off-lines";
import { dialable, type Resource } from "@/lib/content/resource-schema";
import { servesCountry, whereServed } from "@/lib/content/service-area";
import { TALK_IT_OVER_ID } from "@/lib/forms/reflection-form-state";
import type { Circumstances } from "@/lib/plan/circumstances";
import { riskQuestion } from "@/lib/plan/risk-questions";
import { answeredYes, type RiskAnswers } from "@/lib/plan/risk-reflection";
import { planRoutes } from "@/lib/site/site-routes";

const FIRST_WORDS = "I would like to talk about a safety plan.";
const SHORT_ON_TIME = "I only have a few minutes, and I may have to hang up quickly.";

const named = (ids: HandOffLine["because"]) => ids.map((id) => `“${riskQuestion(id).short}”`).join(", ");

/** One line from the directory: who answers, how to reach them, and what reaching them can leave behind. */
function LineToCall({ resource, because }: { resource: Resource; because?: HandOffLine["because"] }) {
  return (
    <li className="mb-4" data-hand-off-line={resource.id}>
      <div data-directory="">
        <strong>{resource.name}</strong>
        {!servesCountry(resource) && ` (${whereServed(resource)})`}
        <p className="mb-1">{resource.offers}</p>
        <ResourceContact resource={resource} />
        <p className="mb-1 text-sm text-muted">
          {resource.hours} · {languagesOf(resource)}
        </p>
      </div>
      {because && because.length > 0 && (
        <p className="mb-1 text-sm">Suggested because you said yes to {named(because)}.</p>
      )}
      <p className="mb-0 text-sm">
        <strong>What it can leave behind:</strong> <span data-directory="">{resource.traces}</span>
      </p>
    </li>
  );
}

/**
 * After the look back: which line in the directory the person could call, what they could say,
 * and what the call leaves behind. Chosen by where they live and what they answered "yes" to;
 * when nothing was "yes", the same lines are offered, because a line is always there.
 */
export function TalkItOver({ answers, circumstances }: { answers: RiskAnswers; circumstances: Circumstances }) {
  const yes = answeredYes(answers);
  const { emergency, lines, shelters, province } = handOffFor(directory(), circumstances, yes);
  const openers = [FIRST_WORDS, ...yes.map((id) => riskQuestion(id).opener), SHORT_ON_TIME];
  return (
    <section
      id={TALK_IT_OVER_ID}
      aria-labelledby={`${TALK_IT_OVER_ID}-heading`}
      className="mt-8 rounded-md bg-calm p-4"
      data-hand-off=""
    >
      <h2 id={`${TALK_IT_OVER_ID}-heading`} className="mt-0">
        Someone to talk it over with
      </h2>
      {yes.length > 0 ? (
        <p>
          You do not have to carry what you told us alone. A helpline worker can go over it with you, help you think
          about what could keep you safer, and help with the ideas now in your plan. You choose what to share, and you
          can end the call at any time.
        </p>
      ) : (
        <p>
          None of your answers was “yes”. If that changes, or if you would like to talk anything over, a line is still
          there for you.
        </p>
      )}
      {emergency?.phone && (
        <p>
          <strong>If you are in danger right now:</strong>{" "}
          <span data-directory="">
            {emergency.name}, <a href={`tel:${dialable(emergency.phone)}`}>{emergency.phone}</a>
          </span>
        </p>
      )}
      <h3 className="text-base">Who you could call</h3>
      <ul className="list-none pl-0">
        {lines.map((line) => (
          <LineToCall key={line.resource.id} resource={line.resource} because={line.because} />
        ))}
        {shelters && <LineToCall resource={shelters} />}
      </ul>
      {shelters && (
        <p className="text-sm">
          {province
            ? `The resource list has no helpline for all of ${province} that is always open yet.`
            : "These lines serve all of Canada."}{" "}
          <span data-directory="">{shelters.name}</span> ({shortAddress(shelters.url)}) lists shelters near you, and a
          shelter&apos;s crisis line will talk with you even if you do not want to stay there.
          {!province && (
            <>
              {" "}
              To see your province&apos;s own helplines here, add where you live to{" "}
              <AppLink href={planRoutes.questions}>your answers</AppLink>.
            </>
          )}
        </p>
      )}
      <h3 className="text-base">What you could say</h3>
      <p className="mb-1">There is no right way to start. You could begin with:</p>
      <ul data-openers="">
        {openers.map((opener) => (
          <li key={opener}>“{opener}”</li>
        ))}
      </ul>
      <h3 className="text-base">If someone checks your phone</h3>
      <p className="mb-0">
        Each line above says what a call can leave behind. A phone the person cannot see, such as a friend&apos;s or one
        at work, leaves less. Deleting a call from the log is an option too, but a gap in the log can also be noticed.
      </p>
    </section>
  );
}
