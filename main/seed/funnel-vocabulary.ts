/** Words of a consultant's funnel: what deals are about, why they end, what gets logged on the way. */

export const dealServices = [
  'Data migration',
  'UX audit',
  'Pricing strategy',
  'Cloud cost review',
  'Website relaunch',
  'CRM rollout',
  'Security review',
  'Team training',
  'Brand strategy',
  'SEO audit',
  'Data warehouse setup',
  'Interim CTO',
  'GDPR assessment',
  'Process mapping',
  'Market research',
  'App prototype',
  'Hiring plan',
  'ERP selection',
];

export const dealSuffixes = ['', '', '', ' – phase 2', ' retainer', ' workshop', ' (pilot)', ' follow-up'];

export const nextSteps = [
  'Send the proposal',
  'Follow-up call next week',
  'Wait for the budget decision',
  'Workshop to scope the project',
  'Send references',
  'Revise the quote',
  'Meet the CFO',
  'Contract review by their legal team',
];

export const wonReasons = ['Signed the proposal', 'Purchase order received', 'Referral client, quick yes'];

export const lostReasons = [
  'Chose another consultant',
  'Budget cut',
  'Project postponed to next year',
  'No decision, went silent',
  'Price too high',
  'Doing it in-house',
  'Scope changed beyond what I offer',
];

export const disqualifyReasons = [
  'No budget this year',
  'Not a fit for my services',
  'No response after three follow-ups',
  'Project too small',
  'Looking for a job, not a consultant',
  'Duplicate of an existing client',
  'Outside the regions I work in',
];

export const leadNotes = [
  'Filled in the contact form asking about {service}.',
  'Met at {event}.',
  'Referred by {name}.',
  'Downloaded the {service} checklist.',
  'Wants to start in {month}.',
];

export const accountNotes = [
  'Renews every {month}; send the review deck a month before.',
  'Main contact for the {service} work is {name}.',
  'Happy with the {service}; ask for a referral.',
  'Invoices go to accounts payable, quote the PO number.',
];

/** Day-rate work and the extras a proposal lists beside it. */
export const lineItemExtras = [
  'Kick-off workshop',
  'Report and recommendations',
  'Travel expenses',
  'Licence costs passed through',
  'Training session',
];

export const activitySubjects = {
  note: [
    'Budget confirmed for {month}',
    'Decision maker is the CFO',
    'Prefers a fixed price for the {service}',
    'Notes from the {service} scoping',
    'Competitor also pitching',
  ],
  call: ['Intro call', 'Call about the {service}', 'Follow-up call', 'Left a voicemail', 'Quick check-in'],
  meeting: [
    'Kick-off meeting',
    'Workshop: {service}',
    'Coffee at {event}',
    'Quarterly review',
    'Proposal walkthrough',
  ],
  email: [
    'Proposal for the {service}',
    'Re: next steps',
    'Invoice question',
    'Re: availability in {month}',
    'Case study you asked for',
  ],
  task: [
    'Send the proposal',
    'Follow up on the quote',
    'Prepare the workshop agenda',
    'Call back about the {service}',
    'Send the invoice',
  ],
} as const;

export const activityBodies = [
  'They want to start in {month} and will confirm the budget by then.',
  'Went through the {service} plan; two open questions on scope.',
  'Mentioned they met me at {event}.',
  'Agreed to send a revised quote with a smaller first phase.',
  'Asked for two references from similar projects.',
];
