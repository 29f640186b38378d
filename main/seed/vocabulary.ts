/** Words a solo consultant's address book is made of, shared by every locale. */

/** Repeats stand for how common a title is. */
export const jobTitles = [
  'CEO',
  'CEO',
  'Managing Director',
  'Managing Director',
  'Founder',
  'Co-founder',
  'CTO',
  'CFO',
  'COO',
  'Head of Marketing',
  'Head of Sales',
  'Head of Engineering',
  'Head of Design',
  'Head of Operations',
  'Head of People',
  'Marketing Manager',
  'Marketing Manager',
  'Product Manager',
  'Product Manager',
  'Project Manager',
  'Project Manager',
  'Office Manager',
  'Sales Manager',
  'Account Manager',
  'Procurement Manager',
  'Finance Manager',
  'Accountant',
  'Software Engineer',
  'Software Engineer',
  'Senior Developer',
  'Data Analyst',
  'UX Designer',
  'Art Director',
  'Legal Counsel',
  'Partner',
  'Owner',
  'Assistant to the CEO',
  'Freelance Consultant',
  'Board Member',
  'Investor Relations',
];

export const industries = [
  'Software',
  'Consulting',
  'Manufacturing',
  'Retail',
  'Healthcare',
  'Financial services',
  'Logistics',
  'Media',
  'Education',
  'Energy',
  'Architecture',
  'Legal',
  'Hospitality',
  'Public sector',
  'Non-profit',
  'Marketing',
  'Real estate',
  'Automotive',
  'Telecommunications',
  'Food & beverage',
];

export const contactTags = [
  'client',
  'client',
  'lead',
  'lead',
  'prospect',
  'partner',
  'vip',
  'referral',
  'supplier',
  'former-client',
  'newsletter',
  'conference',
  'decision-maker',
  'billing',
];

export const companyTags = [
  'client',
  'client',
  'prospect',
  'partner',
  'agency',
  'enterprise',
  'startup',
  'public-sector',
];

export const companyMailboxes = ['info', 'info', 'hello', 'office', 'contact', 'mail', 'accounts'];

export const events = [
  'Web Summit',
  'a client workshop',
  'SaaStr Europa',
  'a local meetup',
  'a partner dinner',
  'the spring trade fair',
  'a webinar',
  'a conference panel',
];

export const services = [
  'data migration',
  'UX audit',
  'pricing strategy',
  'cloud cost review',
  'website relaunch',
  'CRM rollout',
  'security review',
  'team training',
];

export const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const contactNotes = [
  'Met at {event} in {city}.',
  'Introduced by {name}.',
  'Prefers email; replies within a day.',
  'Interested in a {service} project, budget to be confirmed.',
  'Follow up in {month}.',
  'Asked for a proposal for the {service}.',
  'Hard to reach by phone, try mornings.',
  'Signs off on invoices up to €10,000.',
  'On parental leave until {month}.',
  'Former colleague from {city}.',
];

export const companyNotes = [
  'Payment terms: 30 days net.',
  'Invoices go to accounts payable, quote the PO number.',
  'Framework agreement signed in {month}.',
  'Purchase orders required for invoices over €5,000.',
  'Main contact for the {service} work is {name}.',
  'Office in {city}; meetings on site preferred.',
  'Pays reliably but late; send reminders early.',
  'Budget cycle starts in {month}.',
];
