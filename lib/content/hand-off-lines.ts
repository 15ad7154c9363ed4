import type { RiskQuestionId } from "../plan/risk-reflection";
import { crisisLinesFor, directoryOfShelters, type LineNeeds } from "./crisis-lines";
import type { Resource } from "./resource-schema";
import { servesCountry, servesProvince } from "./service-area";

/** A line to suggest, and the "yes" answers it is suggested for (none: it is there for anything). */
export type HandOffLine = { resource: Resource; because: RiskQuestionId[] };

export type HandOff = {
  /** 911, where it answers. */
  emergency?: Resource;
  lines: HandOffLine[];
  /** The country-wide map of shelters, when the directory has no helpline of the person's own province. */
  shelters?: Resource & { url: string };
  /** The province or territory the lines were chosen for, by name. */
  province?: string;
};

const EMERGENCY_ID = "emergency";
const SUICIDE_LINE_ID = "suicide-crisis-helpline";
/** Answers for which victim services can help: reporting, court orders, and safety around a threat. */
const VICTIM_SERVICES_FOR: readonly RiskQuestionId[] = ["threats-to-kill", "weapon", "stalking", "order-breaches"];
/** 9-8-8 also talks with people worried that someone else may end their life. */
const SUICIDE_LINE_FOR: readonly RiskQuestionId[] = ["suicide-threats"];

/**
 * Who the person could call about what they answered, all from the resource directory: their own
 * province's helplines (those that answer in their language first), or the map of shelters when
 * there are none; then, for some answers, a line made for them. The same lines are offered when no
 * answer was "yes": a line is always there.
 */
export function handOffFor(directory: readonly Resource[], needs: LineNeeds, yes: readonly RiskQuestionId[]): HandOff {
  const { lines, province } = crisisLinesFor(directory, needs);
  const chosen: HandOffLine[] = lines
    .filter((line) => !servesCountry(line))
    .map((resource) => ({ resource, because: [] }));
  const helplines = chosen.length;
  const answersFor = (list: readonly RiskQuestionId[]) => yes.filter((id) => list.includes(id));
  const add = (resource: Resource, because: RiskQuestionId[]) => {
    if (because.length > 0 && !chosen.some((line) => line.resource.id === resource.id))
      chosen.push({ resource, because });
  };
  const code = needs.province;
  if (code)
    for (const resource of directory.filter((r) => r.serves?.includes("victim-services") && servesProvince(r, code)))
      add(resource, answersFor(VICTIM_SERVICES_FOR));
  const suicideLine = directory.find((resource) => resource.id === SUICIDE_LINE_ID);
  if (suicideLine && (!code || servesProvince(suicideLine, code))) add(suicideLine, answersFor(SUICIDE_LINE_FOR));
  return {
    emergency: lines.find((line) => line.id === EMERGENCY_ID),
    lines: chosen,
    shelters: helplines === 0 ? directoryOfShelters(directory) : undefined,
    province,
  };
}
