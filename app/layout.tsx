import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { Providers } from "./providers";

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
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
