import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { firstLink, readOutbox } from "@/lib/mail/outbox";
import { webHref } from "@/lib/url/web-url";

export const metadata: Metadata = { title: "Outbox (demo)" };

/**
 * Demo only: the mail the demo's local SMTP receiver caught (invitations, verification and
 * reset links), so the flows can be tried without a mailbox. Anywhere else this page is a 404.
 */
export default async function OutboxPage() {
  await connection(); // read at request time: the file grows while the demo runs
  const mails = readOutbox();
  if (!mails) notFound();
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-xl font-semibold">Outbox</h1>
      <p className="mt-1 text-sm text-slate-600">
        Demo only: every email this server sent, as the demo&apos;s SMTP receiver caught it. Newest
        first; reload to see new ones.
      </p>
      {mails.length === 0 ? (
        <p className="mt-6 rounded-md border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">
          No mail yet. Invite someone, sign up or ask for a password reset, then reload.
        </p>
      ) : (
        <ol className="mt-6 space-y-4">
          {mails.map((mail) => {
            const link = webHref(firstLink(mail));
            return (
              <li
                key={mail.id}
                data-testid="outbox-mail"
                className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
              >
                <p className="text-xs text-slate-500">
                  {new Date(mail.at).toLocaleString("en-GB")} · to {mail.to.join(", ")}
                </p>
                <h2 className="mt-1 font-medium">{mail.subject}</h2>
                <pre className="mt-2 whitespace-pre-wrap break-words font-sans text-sm text-slate-700">
                  {mail.text}
                </pre>
                {link ? (
                  <a
                    href={link}
                    className="mt-2 inline-block text-sm font-medium text-brand-700 underline"
                  >
                    Open the link
                  </a>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </main>
  );
}
