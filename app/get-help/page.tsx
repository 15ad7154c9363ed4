import type { Metadata } from "next";
import { emergencyLine, footerCrisisLines } from "@/lib/resources/crisis-lines";
import { siteRoutes } from "@/lib/site/site-routes";

export const metadata: Metadata = { title: siteRoutes.getHelp.title };

export default function GetHelpPage() {
  return (
    <>
      <h1>Get help now</h1>
      <p>
        If you or someone else is in immediate danger, call <a href={`tel:${emergencyLine.dial}`}>911</a>. You can
        also reach these free lines. You do not need to have a plan or know what you want before you call.
      </p>
      <ul className="list-none pl-0">
        {footerCrisisLines.map((line) => (
          <li key={line.name} className="mb-4">
            <strong>{line.name}</strong>
            <br />
            <a href={`tel:${line.dial}`}>{line.phone}</a> · {line.description}
          </li>
        ))}
        <li className="mb-4">
          <strong>Assaulted Women&apos;s Helpline, TTY</strong>
          <br />
          <a href="tel:+18668637868">1-866-863-7868</a> · for people who are Deaf or hard of hearing
        </li>
        <li className="mb-4">
          <strong>Kids Help Phone, by text</strong>
          <br />
          <a href="sms:686868?body=CONNECT">Text CONNECT to 686868</a> · when talking out loud is not safe
        </li>
      </ul>

      <h2>Before you call or text</h2>
      <p>
        A call or a text can leave a record: the call log, the message thread, or a line on the phone bill. If
        someone checks your phone, you might choose a phone at work, a friend&apos;s phone, or delete the single
        entry afterwards rather than the whole history, which can draw attention.
      </p>
    </>
  );
}
