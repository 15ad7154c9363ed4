/**
 * Every page of the app. Titles and addresses stay neutral: browser history shows both, so
 * neither may say what the page is about. `contentAlias` is the readable path that guidance
 * authors link to (content/README.md); the build maps it to the neutral one, and old links
 * to it redirect.
 */
export const siteRoutes = {
  home: { href: "/", contentAlias: "/", title: "Home", navLabel: "Home" },
  getHelp: { href: "/contacts", contentAlias: "/get-help", title: "Contacts", navLabel: "Get help now" },
  makeAPlan: { href: "/planner", contentAlias: "/make-a-plan", title: "Planner", navLabel: "Make a plan" },
  helpSomeone: { href: "/reading", contentAlias: "/help-someone", title: "Reading", navLabel: "Help someone" },
  resources: { href: "/links", contentAlias: "/resources", title: "Links", navLabel: "Resources" },
  howWeProtectYou: {
    href: "/privacy",
    contentAlias: "/how-we-protect-you",
    title: "Privacy",
    navLabel: "How we protect you",
  },
  aboutQuickExit: { href: "/about", contentAlias: "/about-quick-exit", title: "About", navLabel: "About quick exit" },
  search: { href: "/search", contentAlias: "/search", title: "Search", navLabel: "Search" },
  signUp: { href: "/sign-up", contentAlias: "/sign-up", title: "Account", navLabel: "Create an account" },
  signIn: { href: "/sign-in", contentAlias: "/sign-in", title: "Sign in", navLabel: "Sign in" },
  recover: { href: "/recover", contentAlias: "/recover", title: "Sign in", navLabel: "Use a recovery code" },
  account: { href: "/account", contentAlias: "/account", title: "Account", navLabel: "Your account" },
  changePassphrase: {
    href: "/account/passphrase",
    contentAlias: "/account/passphrase",
    title: "Account",
    navLabel: "Change your passphrase",
  },
  sessions: {
    href: "/account/sessions",
    contentAlias: "/account/sessions",
    title: "Account",
    navLabel: "Where you are signed in",
  },
  displaySettings: {
    href: "/account/display",
    contentAlias: "/account/display",
    title: "Account",
    navLabel: "Tab title and quick exit site",
  },
  changePlan: { href: "/journal", contentAlias: "/journal", title: "Journal", navLabel: "Your change plan" },
  planKind: {
    href: "/account/plan",
    contentAlias: "/account/plan",
    title: "Account",
    navLabel: "Switch to the other kind of plan",
  },
  deleteAccount: {
    href: "/account/delete",
    contentAlias: "/account/delete",
    title: "Account",
    navLabel: "Delete your account",
  },
} as const;

export const mainNavigation = [
  siteRoutes.getHelp,
  siteRoutes.makeAPlan,
  siteRoutes.helpSomeone,
  siteRoutes.resources,
  siteRoutes.howWeProtectYou,
] as const;

/** Readable path → neutral path, for links written in content. */
export const readablePaths: Readonly<Record<string, string>> = Object.fromEntries(
  Object.values(siteRoutes).map((route) => [route.contentAlias, route.href]),
);

/** A guidance page; the code is meaningless on purpose (lib/content/neutral-code.ts). */
export const guidePath = (code: string) => `/guide/${code}`;

/** The pages for one audience. */
export const topicPath = (code: string) => `/topics/${code}`;

/** The resource directory, filtered to one audience. */
export const linksForPath = (code: string) => `/links/${code}`;

/** Ends the session, clears what the browser holds for the site, and returns to the home page. */
export const SIGN_OUT_ROUTE = "/sign-out";

/** The parts of the safety plan. */
export const planRoutes = {
  questions: "/planner/questions",
  section: (id: string) => `/planner/section/${id}`,
  history: "/planner/history",
  revision: (id: string) => `/planner/history/${id}`,
  review: "/planner/review",
  /** The questions about the last few months; named for what the person does, never for what it asks about. */
  lookBack: "/planner/look-back",
  print: "/planner/print",
  card: "/planner/card",
  exportFile: "/planner/export",
  importFile: "/planner/import",
} as const;

/** The survivor's helper briefs: her list, and making one for a person of her plan. */
export const briefsRoutes = {
  list: "/planner/briefs",
  forPerson: (id: string) => `/planner/briefs/new?person=${encodeURIComponent(id)}`,
  forSupporter: (index: number) => `/planner/briefs/new?supporter=${index}`,
} as const;

/** The parts of the change plan. */
export const changePlanRoutes = {
  questions: "/journal/questions",
  history: "/journal/history",
  revision: (id: string) => `/journal/history/${id}`,
  print: "/journal/print",
  printPlan: "/journal/print/plan",
  exportFile: "/journal/export",
  importFile: "/journal/import",
} as const;

/** The route that ends the session and leaves for the neutral site. */
export const EXIT_ROUTE = "/exit";

/** A helper's note: the address a brief's link opens (lib/helper-briefs/brief-link.ts BRIEF_PATH). */
export const NOTE_ROUTE = "/note";
/** Answers a note's link id with its ciphertext, for the helper's browser to open. */
export const NOTE_OPEN_ROUTE = "/note/open";
