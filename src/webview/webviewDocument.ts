import { escapeHtml } from '../core/render/renderMarkdown';

export interface WebviewDocument {
  readonly title: string;
  readonly contentSecurityPolicy: string;
  readonly nonce: string;
  /** Stylesheets from media/, in order (the shared base first). */
  readonly styleUris: readonly string[];
  /** Already-escaped attributes for <body>, e.g. ` data-state="…"`. */
  readonly bodyAttributes?: string;
  /** Trusted HTML for <main>. */
  readonly main: string;
  readonly scriptUri?: string;
}

/** The HTML page shared by every Interview Coach webview: CSP first, nonce'd resources only. */
export function webviewDocument(doc: WebviewDocument): string {
  const nonce = escapeHtml(doc.nonce);
  const styles = doc.styleUris.map((uri) => `<link rel="stylesheet" nonce="${nonce}" href="${escapeHtml(uri)}">`).join('\n');
  const script = doc.scriptUri ? `\n<script nonce="${nonce}" src="${escapeHtml(doc.scriptUri)}"></script>` : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(doc.contentSecurityPolicy)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${styles}
<title>${escapeHtml(doc.title)}</title>
</head>
<body${doc.bodyAttributes ?? ''}>
<main>
${doc.main}
</main>${script}
</body>
</html>`;
}
