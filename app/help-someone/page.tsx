import type { Metadata } from "next";
import { AppLink } from "@/components/app-link/app-link";
import { siteRoutes } from "@/lib/site/site-routes";

export const metadata: Metadata = { title: siteRoutes.helpSomeone.title };

export default function HelpSomeonePage() {
  return (
    <>
      <h1>Help someone</h1>
      <p>
        When someone you care about is being hurt, it is natural to want to fix it. What tends to help most is
        quieter than that: being someone they can come back to.
      </p>
      <h2>Things that often help</h2>
      <ul>
        <li>
          <strong>Believe them.</strong> Saying &ldquo;I believe you&rdquo; can matter more than any advice.
        </li>
        <li>
          <strong>Listen more than you talk.</strong> Let them tell it their way, in their time.
        </li>
        <li>
          <strong>Let them decide.</strong> They know the risks of each choice better than anyone. Ask what they
          want from you before you act, including before you call the police.
        </li>
        <li>
          <strong>Talk somewhere private.</strong> In person, away from the person who hurts them and from shared
          phones or accounts.
        </li>
        <li>
          <strong>Keep in touch.</strong> If they go back or stay, keep the door open. People often need many
          tries before they are safe.
        </li>
        <li>
          <strong>Offer practical help.</strong> A place to keep papers, a spare phone charger, a lift, a meal.
        </li>
      </ul>
      <h2>Look after yourself too</h2>
      <p>
        Supporting someone through this is heavy. You can call a helpline for yourself as well; they talk with
        friends, family and co-workers, not only with the person being hurt.{" "}
        <AppLink href={siteRoutes.getHelp.href}>See the helplines</AppLink>.
      </p>
    </>
  );
}
