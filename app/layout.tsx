import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "SE Ranking Dashboard", template: "%s · SE Ranking Dashboard" },
  description: "Backlink research, prospect qualification and rank tracking for SEO teams.",
  // app/icon.svg is the favicon; phones ask for a PNG touch icon (public/, scripts/make-icons.ts).
  icons: { apple: "/apple-touch-icon.png" },
  // The signed-in app has nothing for search engines (robots.txt says so too).
  robots: { index: false, follow: false },
};

// Every page renders per request: Next can only stamp proxy.ts's CSP nonce on a page rendered
// for that request (a prerendered page's inline scripts would be blocked).
export const dynamic = "force-dynamic";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        {/* No providers here: TanStack Query's is in the layouts whose pages use it, so the
            sign-in page (every newcomer's first) ships and runs less JavaScript. */}
        {children}
      </body>
    </html>
  );
}
