import type { Metadata } from "next";
import { AppLink } from "@/components/app-link/app-link";
import { siteRoutes } from "@/lib/site/site-routes";

export const metadata: Metadata = { title: siteRoutes.howWeProtectYou.title };

export default function HowWeProtectYouPage() {
  return (
    <>
      <h1>How we protect you</h1>
      <p>This page says plainly what this site does to keep your visit private, and where that protection stops.</p>

      <h2>What this site does</h2>
      <ul>
        <li>Page titles are plain words, so a tab or a bookmark does not say what the page is about.</li>
        <li>The browser is told not to keep copies of pages, and nothing is saved in the browser&apos;s storage.</li>
        <li>
          Nothing on this site loads from any other company: no ads, no trackers, no outside fonts or videos. Other
          sites are not told you came from here.
        </li>
        <li>
          <AppLink href={siteRoutes.aboutQuickExit.href}>Quick exit</AppLink> clears the screen at once and opens a
          neutral site.
        </li>
      </ul>

      <h2>What it cannot do</h2>
      <ul>
        <li>It cannot hide that you visited: the address stays in the browser history unless you remove it.</li>
        <li>
          It cannot protect you from a phone or computer that someone has put monitoring software on. If you think
          that has happened, a device they have never touched is safer, like a library or work computer.
        </li>
        <li>It cannot stop someone who is standing beside you from reading the screen.</li>
      </ul>
      <p>
        If you want to remove this visit from the history, deleting just these entries is often safer than clearing
        everything, which can be noticed.
      </p>
    </>
  );
}
