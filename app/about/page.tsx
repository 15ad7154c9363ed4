import { withoutJavaScript } from "@/components/quick-exit/without-javascript-words";
import { AppLink } from "@/components/app-link/app-link";
import { siteRoutes } from "@/lib/site/site-routes";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("aboutQuickExit");

export default function AboutQuickExitPage() {
  return (
    <>
      <h1>About quick exit</h1>
      <p>Quick exit is a way to leave this site fast if someone comes near or you feel unsafe.</p>

      <h2>Three ways to use it</h2>
      <ul>
        <li>
          Press the red <strong>Quick exit</strong> button. It stays at the top of the screen as you scroll.
        </li>
        <li>
          Press the <kbd>Shift</kbd> key three times, with no more than five seconds between presses. A screen reader
          will say how many more presses are needed. This needs JavaScript.
        </li>
        <li>
          With a keyboard, press <kbd>Tab</kbd> once on any page: the first link is quick exit. Press <kbd>Enter</kbd>.
        </li>
      </ul>

      <h2>What happens</h2>
      <p>With JavaScript on, as it is in most browsers:</p>
      <ul>
        <li>The screen goes blank straight away, before anything else happens.</li>
        <li>If you are signed in, you are signed out.</li>
        <li>
          A neutral website opens in the same tab, in place of this page. While you are signed in, it is the site you
          chose in <AppLink href={siteRoutes.displaySettings.href}>your account</AppLink>, if you chose one.
        </li>
        <li>
          The <strong>Back</strong> button does not bring this site back. If the browser tries to show a page it kept,
          you see a closed screen instead.
        </li>
      </ul>

      <h2>If JavaScript is turned off</h2>
      <p>Some browsers and safety settings turn JavaScript off. Quick exit still works, but it does less:</p>
      <ul>
        <li>The page stays on screen until the neutral website opens.</li>
        <li>
          If you are signed in, you are signed out, and the browser is told to forget this site&apos;s cookies and
          stored pages.
        </li>
        <li data-without-javascript="back">{withoutJavaScript.back}</li>
        <li data-without-javascript="plan">{withoutJavaScript.plan}</li>
      </ul>
      <p>If that matters to you, you could keep JavaScript on for this site.</p>

      <h2>What it cannot do</h2>
      <ul>
        <li>The address of this site stays in the browser history. You may want to delete those entries later.</li>
        <li>It cannot close other tabs or windows you have open.</li>
        <li>It cannot undo what someone already saw, or what monitoring software on the device recorded.</li>
      </ul>
    </>
  );
}
