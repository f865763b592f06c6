/**
 * Libraries that only exports and enrolment use, loaded at their first use instead of at start: pdfkit and
 * exceljs alone held 56 MB of a server's 165 MB idle RSS (issue 15: RSS ≤ 250 MB under load). Node caches
 * the module, so only the first PDF, spreadsheet or QR code pays the load.
 */
export const loadPdfKit = async () => (await import('pdfkit')).default;
export const loadExcelJs = async () => (await import('exceljs')).default;
export const loadQrCode = async () => (await import('qrcode')).default;
