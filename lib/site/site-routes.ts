/**
 * Every page of the app. Titles stay neutral so a tab, a history entry or a bookmark says
 * nothing about what the page is for; the heading on the page can say more.
 */
export const siteRoutes = {
  home: { href: "/", title: "Home", navLabel: "Home" },
  getHelp: { href: "/get-help", title: "Contacts", navLabel: "Get help now" },
  makeAPlan: { href: "/make-a-plan", title: "Planner", navLabel: "Make a plan" },
  helpSomeone: { href: "/help-someone", title: "Reading", navLabel: "Help someone" },
  resources: { href: "/resources", title: "Links", navLabel: "Resources" },
  howWeProtectYou: { href: "/how-we-protect-you", title: "Privacy", navLabel: "How we protect you" },
  aboutQuickExit: { href: "/about-quick-exit", title: "About", navLabel: "About quick exit" },
} as const;

export const mainNavigation = [
  siteRoutes.getHelp,
  siteRoutes.makeAPlan,
  siteRoutes.helpSomeone,
  siteRoutes.resources,
  siteRoutes.howWeProtectYou,
] as const;

/** The route that ends the session and leaves for the neutral site. */
export const EXIT_ROUTE = "/exit";
