import { AppLink } from "@/components/app-link/app-link";
import { GuidanceList } from "@/components/guidance/guidance-list";
import { guidanceFor } from "@/lib/content/guidance";
import { changePlanSections } from "@/lib/plan/change-plan-template";
import { changeQuestions } from "@/lib/plan/change-questions";
import { planKindQuestion } from "@/lib/settings/plan-kind";
import { siteRoutes } from "@/lib/site/site-routes";
import { ChangePlanLines } from "./change-plan-lines";

/** What the change plan is, said to someone who is not signed in, before asking them to sign in. */
export function ChangePlanIntro() {
  return (
    <>
      <h1>A plan to change how you act</h1>
      <p>
        A change plan is a private place to work out how you will stop hurting or scaring the people close to you, and
        how you will keep them safe. You write it in your own words. You can come back to it on a hard day, and change
        it as you learn.
      </p>
      <h2>What a change plan covers</h2>
      <ul>
        {changePlanSections.map((section) => (
          <li key={section.id}>
            <strong>{section.title}</strong>: {section.intro}
          </li>
        ))}
      </ul>
      <p>
        {changeQuestions.length} short questions, each one skippable, let the plan suggest ideas that fit your life:
        about children, court orders, alcohol or drugs, and where you are with a program. Each idea says why it is
        shown. You can keep a history of your plan, print it, or save a locked copy.
      </p>
      <p>
        A plan here does not take the place of a program or counselling, and it does not change any court order. It is
        one more tool, for you.
      </p>
      <h2>Keeping a plan here</h2>
      <p>
        To keep a change plan, <AppLink href={siteRoutes.signUp.href}>create a private account</AppLink> and choose “
        {planKindQuestion.choices.change}”, or <AppLink href={siteRoutes.signIn.href}>sign in</AppLink>. An account
        needs no name, email or phone number. What you save is locked with your passphrase, so no one else can read it,
        including the people who run this site.
      </p>
      <ChangePlanLines />
      <h2>Reading that may help</h2>
      <GuidanceList pages={guidanceFor("people-who-used-violence")} />
    </>
  );
}
