import { AppLink } from "@/components/app-link/app-link";
import { GuidanceList } from "@/components/guidance/guidance-list";
import { guidanceFor } from "@/lib/content/guidance";
import { siteRoutes } from "@/lib/site/site-routes";

const planParts = [
  ["People you trust", "who you could call, and what each person could do, like keep a spare key or a copy of papers."],
  ["Places you could go", "somewhere to stay for a night or an hour, and how you would get there."],
  ["Work or school", "who there could screen calls, change a schedule, or walk with you to the car or bus."],
  ["Papers and a bag", "what to keep ready, and where it could be kept so it is not found."],
  ["Children and pets", "what they might need, and who could look after them."],
  ["Phones and accounts", "whether someone can see your messages, location or browsing."],
  ["Your feelings", "what helps you get through a hard day, and who you can talk to."],
] as const;

/** What "Make a plan" says to someone who is not signed in. */
export function PlannerIntro() {
  return (
    <>
      <h1>Make a plan</h1>
      <p>
        A safety plan is a set of ideas you put together ahead of time, so that when things get hard you already know
        some of your options. It is yours. You choose what goes in it, and you can change it whenever your life changes.
      </p>
      <h2>What a plan can cover</h2>
      <ul>
        {planParts.map(([name, detail]) => (
          <li key={name}>
            <strong>{name}</strong>: {detail}
          </li>
        ))}
      </ul>
      <p>
        To keep a plan here, <AppLink href={siteRoutes.signUp.href}>create a private account</AppLink> or{" "}
        <AppLink href={siteRoutes.signIn.href}>sign in</AppLink>. It needs no name, email or phone number, and what you
        save is locked so that no one else can read it. A helpline can also work through a plan with you: see{" "}
        <AppLink href={siteRoutes.getHelp.href}>Get help now</AppLink>.
      </p>
      <p>If you write a plan on paper, think about where it would be safe to keep it. Paper can be found.</p>
      <h2>Reading to help you plan</h2>
      <GuidanceList pages={guidanceFor("survivors")} />
    </>
  );
}
