import { z } from 'zod';

/** The path parameters of every route under a case or an inquiry: one definition, not one per module. */
export const CaseIdParams = z.strictObject({ id: z.uuid() });
export const InquiryIdParams = z.strictObject({ id: z.uuid() });
