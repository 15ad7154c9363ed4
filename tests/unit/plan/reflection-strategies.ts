import { riskIdsOf, type Strategy } from "@/lib/plan/strategy-schema";
import { library } from "./strategy-library";

/**
 * Ideas brought by reflection answers, written here as literals: the library's own are written on
 * another branch, and these tests hold the rule, not the content.
 */
export const reflectionStrategies: Strategy[] = [
  {
    id: "reflection-strangulation-doctor",
    section: "emergency",
    priority: 1,
    when: { risk: ["strangulation"] },
    why: "You said they have choked or strangled you.",
    text: "Choking can hurt inside even when nothing shows. A doctor or nurse can check you, in confidence.",
  },
  {
    id: "reflection-threats-safe-place",
    section: "safe-places",
    priority: 1,
    when: { risk: ["threats-to-kill", "weapon"] },
    why: "You said they have threatened to kill you, or can get a weapon.",
    text: "A shelter worker can help you find a place they do not know about, for a night or longer.",
  },
  {
    id: "reflection-stalking-devices",
    section: "technology",
    priority: 2,
    when: { risk: ["stalking"] },
    why: "You said they follow, watch or track you.",
    text: "Checking a phone for tracking apps from a safer device can show how they find you.",
  },
  {
    id: "reflection-separation-timing",
    section: "leaving",
    priority: 1,
    when: { risk: ["separation"], livingSituation: ["with-them", "planning-to-leave"] },
    why: "You said you are leaving or have just left, and you live with them now.",
    text: "The time around leaving can be the most dangerous. An advocate can help you choose when and how.",
  },
  {
    id: "reflection-children-harm",
    section: "children",
    priority: 2,
    when: { risk: ["harm-children-pets"], hasChildren: true },
    why: "You said they have hurt or threatened your children or pets.",
    text: "A child protection worker or a shelter can talk through options with you, and what each could lead to.",
  },
  {
    id: "reflection-escalation-line",
    section: "emergency",
    priority: 2,
    when: { risk: ["escalation", "jealousy-control"] },
    why: "You said things have got worse lately, or they control where you go.",
    text: "A crisis line can talk through what has changed, and what could help now.",
  },
];

/** Today's library without any reflection ideas another branch adds, and the literals above. */
export const strategiesWithReflection: Strategy[] = [
  ...library.filter((strategy) => !riskIdsOf(strategy)),
  ...reflectionStrategies,
];
