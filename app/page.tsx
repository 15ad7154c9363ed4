import type { Metadata } from "next";
import { AppLink } from "@/components/app-link/app-link";
import { siteRoutes } from "@/lib/site/site-routes";

// The home page takes the plain site name as its title.
export const metadata: Metadata = {};

export default function HomePage() {
  return (
    <>
      <h1>Welcome. Take this at your own pace.</h1>
      <p>
        This is a private place to think about your safety and the safety of people you care about. You know your
        own life best. Here you will find options and what each one might mean for you, never orders.
      </p>
      <p className="rounded-md border-l-4 border-exit bg-red-50 p-4">
        <strong>In danger right now?</strong> Call <a href="tel:911">911</a>. If someone comes near, press{" "}
        <strong>Quick exit</strong> at the top of the screen, or press <kbd>Shift</kbd> three times. The page clears
        at once and a neutral site opens.
      </p>

      <h2>Where would you like to start?</h2>
      <ul>
        <li>
          <AppLink href={siteRoutes.getHelp.href}>Talk to someone now</AppLink>: free helplines, day and night.
        </li>
        <li>
          <AppLink href={siteRoutes.makeAPlan.href}>Think through a safety plan</AppLink>: people, places and steps
          that fit your situation.
        </li>
        <li>
          <AppLink href={siteRoutes.helpSomeone.href}>Help someone you care about</AppLink>: for friends, family and
          co-workers.
        </li>
        <li>
          <AppLink href={siteRoutes.howWeProtectYou.href}>See how this site protects you</AppLink>, and what it
          cannot do.
        </li>
      </ul>

      <h2>If you share a device</h2>
      <p>
        Every page here has a plain title, and pages are not saved by the browser. The address of this site still
        stays in the browser history. <AppLink href={siteRoutes.aboutQuickExit.href}>Read about quick exit</AppLink>{" "}
        to learn what it can and cannot hide.
      </p>
    </>
  );
}
