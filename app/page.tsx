import type { Metadata } from "next";
import { AppLink } from "@/components/app-link/app-link";
import { NeedEntryPoints } from "@/components/guidance/need-entry-points";
import { siteRoutes } from "@/lib/site/site-routes";

// The home page takes the plain site name as its title.
export const metadata: Metadata = {};

export default function HomePage() {
  return (
    <>
      <h1>Welcome. Take this at your own pace.</h1>
      <p>
        This is a private place to think about your safety and the safety of people you care about. You know your own
        life best. Here you will find options and what each one might mean for you, never orders.
      </p>
      <p className="rounded-md border-l-4 border-exit bg-red-50 p-4">
        <strong>In danger right now?</strong> Call <a href="tel:911">911</a>. If someone comes near, press{" "}
        <strong>Quick exit</strong> at the top of the screen, or press <kbd>Shift</kbd> three times. The page clears at
        once and a neutral site opens.
      </p>

      <h2>Where would you like to start?</h2>
      <NeedEntryPoints />
      <p>
        Looking for something in particular? <AppLink href={siteRoutes.search.href}>Search the guidance</AppLink>.
      </p>

      <h2>If you share a device</h2>
      <p>
        Every page here has a plain title and a plain address, and pages are not saved by the browser. The address of
        this site still stays in the browser history.{" "}
        <AppLink href={siteRoutes.aboutQuickExit.href}>Read about quick exit</AppLink> to learn what it can and cannot
        hide.
      </p>
    </>
  );
}
