import { z } from "zod";
import { emailAddress, httpsUrl, plainText, ukPhoneNumber } from "./primitives.ts";

/** How to reach a person or office about a course or provider. At least one of email, phone or url. */
export const contactSchema = z
  .strictObject({
    /** Person or office to contact, such as "CPD enquiries team". */
    name: plainText(120).optional(),
    /** Email address for enquiries. */
    email: emailAddress.optional(),
    /** Telephone number, written as you would dial it in the UK. */
    phone: ukPhoneNumber.optional(),
    /** Web page with a contact form. */
    url: httpsUrl.optional(),
  })
  .refine((contact) => contact.email || contact.phone || contact.url, {
    message: "Give at least one way to get in touch: email, phone or url",
    params: { fix: "Add email:, phone: or url: under contact:" },
  });

export type Contact = z.output<typeof contactSchema>;
