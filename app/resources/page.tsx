import type { Metadata } from "next";
import { siteRoutes } from "@/lib/site/site-routes";

export const metadata: Metadata = { title: siteRoutes.resources.title };

const resources = [
  {
    name: "Emergency services",
    detail: "Police, fire and ambulance, anywhere in Canada.",
    contact: { label: "911", href: "tel:911" },
  },
  {
    name: "Assaulted Women's Helpline",
    detail: "A free line for women who have experienced violence, open all day and night. TTY: 1-866-863-7868.",
    contact: { label: "1-866-863-0511", href: "tel:+18668630511" },
  },
  {
    name: "Fem'aide",
    detail: "A free line in French for women who have experienced violence.",
    contact: { label: "1-877-336-2433", href: "tel:+18773362433" },
  },
  {
    name: "Distress Centres of Greater Toronto",
    detail: "Emotional support for anyone in distress, including people who have used violence. Text: 45645.",
    contact: { label: "416-408-4357", href: "tel:+14164084357" },
  },
  {
    name: "Gerstein Crisis Centre",
    detail: "Support during a mental health crisis, in Toronto.",
    contact: { label: "416-929-5200", href: "tel:+14169295200" },
  },
  {
    name: "Kids Help Phone",
    detail: "For children and young people, by phone or by texting CONNECT to 686868.",
    contact: { label: "1-800-668-6868", href: "tel:+18006686868" },
  },
] as const;

export default function ResourcesPage() {
  return (
    <>
      <h1>Resources</h1>
      <p>
        Services in Canada that you can reach by phone or text. Each one can leave a trace on a phone, such as a
        call log entry or a line on a bill.
      </p>
      <ul className="list-none pl-0">
        {resources.map((resource) => (
          <li key={resource.name} className="mb-5">
            <h2 className="mt-0 mb-1 text-lg">{resource.name}</h2>
            <p className="mb-1">{resource.detail}</p>
            <a href={resource.contact.href}>{resource.contact.label}</a>
          </li>
        ))}
      </ul>
    </>
  );
}
