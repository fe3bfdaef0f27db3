import { z } from "zod";
import { emailAddress, httpsUrl, plainText, ukPhoneNumber } from "./primitives.ts";
import type { FieldWording, Wordings } from "./field-wording.ts";

/** How the contact group as a whole is put to people; its refinement says `missing`. */
export const contactGroupWording = {
  label: "Contact",
  missing: "Enter an email address, phone number or contact web page for enquiries",
} as const satisfies FieldWording;

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
    message: contactGroupWording.missing,
    params: { fix: "Add email:, phone: or url: under contact:" },
  });

export type Contact = z.output<typeof contactSchema>;

/** How a contact's fields are put to people. */
export const contactWording = {
  name: {
    label: "Person or office (optional)",
    hint: "Such as “CPD enquiries team”.",
    tooLong: "The person or office must be {max} characters or fewer",
  },
  email: {
    label: "Email address",
    hint: "For enquiries about the course.",
    invalid: "Enter an email address in the correct format, like cpd@example.ac.uk",
  },
  phone: {
    label: "Phone (optional)",
    invalid: "Enter a phone number, like 0161 496 0000",
  },
  url: {
    label: "Contact web page (optional)",
    invalid: "Enter the web address of the contact page, starting https://",
  },
} as const satisfies Wordings<"name" | "email" | "phone" | "url">;
