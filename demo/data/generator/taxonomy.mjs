// Embedded taxonomy "Cedar Valley Service Categories" and attribute builder.
import { makeId } from './random.mjs';

export const TAXONOMY_NAME = 'Cedar Valley Service Categories';

const DETAIL = {
  id: 'taxonomy-cedar-valley',
  name: TAXONOMY_NAME,
  description:
    'A small fictional taxonomy used by the Cedar Valley County demo feed to group services by need, population served and delivery mode.',
  version: '1.0',
};

// [code, name, description]
const TERMS = [
  ['SG-PEER', 'Peer support groups', 'Mutual-aid groups led by trained volunteers with lived experience.'],
  ['SG-PRO', 'Professionally led support groups', 'Support and therapy groups facilitated by licensed clinicians or trained staff.'],
  ['CRISIS', 'Crisis lines and mobile crisis', 'Immediate help by phone, text, chat or an outreach team for people in emotional crisis.'],
  ['MH-OUT', 'Outpatient mental health', 'Counseling, psychiatry and case management without an overnight stay.'],
  ['SUD', 'Substance use treatment and recovery', 'Treatment, medication for addiction and recovery support for alcohol and drug use.'],
  ['HOUSING', 'Housing and shelter', 'Emergency shelter, transitional housing, rent help and housing navigation.'],
  ['FOOD', 'Food', 'Food pantries, free meals and help applying for food benefits.'],
  ['EMPLOY', 'Employment', 'Job search help, training and supported employment.'],
  ['LEGAL', 'Legal aid', 'Free or low-cost legal advice and representation.'],
  ['TRANSPORT', 'Transportation', 'Rides and transit help, including rides to medical appointments.'],
  ['FAITH', 'Faith-based programs', 'Programs offered by congregations and faith communities, open to people of any faith or none.'],
  ['SCHOOL', 'School-based programs', 'Services offered in or through schools for students and families.'],
  ['TELEHEALTH', 'Telehealth', 'Health and counseling appointments by video or phone.'],
  ['POP-YOUTH', 'Youth and young adults', 'Services designed for children, teens or young adults.'],
  ['POP-VETERANS', 'Veterans and military families', 'Services for veterans, service members and their families.'],
  ['POP-LGBTQ', 'LGBTQ+ people', 'Services welcoming and designed for lesbian, gay, bisexual, transgender and queer people.'],
  ['POP-REFUGEE', 'Refugees and immigrants', 'Services for refugees, asylum seekers and immigrant families.'],
  ['POP-OLDER', 'Older adults', 'Services for people aged 60 and older and their caregivers.'],
  ['POP-HOMELESS', 'People experiencing homelessness', 'Services for people without stable housing.'],
  ['MODE-ONLINE', 'Online or by phone', 'Can be used remotely by video, chat, text or phone.'],
  ['MODE-INPERSON', 'In person', 'Offered at a physical location.'],
];

export const TERM_CODES = TERMS.map((t) => t[0]);
export const CATEGORY_CODES = TERM_CODES.filter((c) => !c.startsWith('POP-') && !c.startsWith('MODE-'));
export const POPULATION_CODES = TERM_CODES.filter((c) => c.startsWith('POP-'));

const BY_CODE = new Map(TERMS.map(([code, name, description]) => [code, { code, name, description }]));

/** A fresh taxonomy_term object for a code. */
export function term(code) {
  const t = BY_CODE.get(code);
  if (!t) throw new Error(`unknown taxonomy code ${code}`);
  return {
    id: `term-${code.toLowerCase()}`,
    code,
    name: t.name,
    description: t.description,
    taxonomy: TAXONOMY_NAME,
    taxonomy_detail: { ...DETAIL },
  };
}

export function linkType(code) {
  if (code.startsWith('POP-')) return 'population';
  if (code.startsWith('MODE-')) return 'delivery';
  return 'category';
}

/** service.attributes[] for a list of codes (categories first, then populations, then delivery). */
export function attributes(serviceId, codes) {
  const order = { category: 0, population: 1, delivery: 2 };
  const unique = [...new Set(codes)].sort((a, b) => order[linkType(a)] - order[linkType(b)]);
  return unique.map((code) => ({
    id: makeId('attribute', serviceId, code),
    link_type: linkType(code),
    link_entity: 'service',
    taxonomy_term: term(code),
  }));
}
