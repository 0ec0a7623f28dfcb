// Organizations. Fictional ones use *.example.org domains; the three national crisis lines are real.
import { makeId } from './random.mjs';
import { phones } from './phones.mjs';

// [key, name, alternate_name, description, website, email?, logo?, phone specs ';'-separated]
// website: a bare slug means https://<slug>.example.org
const ORGS = [
  ['cvmha', 'Cedar Valley Mental Health Alliance', 'CVMHA', 'A volunteer-run alliance of people living with mental illness and their families. Offers free peer support groups, family education and advocacy across the county.', 'cvmha', 1, 1, 'v|HelpLine, weekdays 10 AM–4 PM'],
  ['cvbh', 'Cedar Valley County Behavioral Health', 'County Behavioral Health', 'The county public mental health and addiction authority. Runs the county crisis line, mobile crisis team and outpatient clinics.', 'behavioralhealth.cedarvalley', 1, 1, 'v x0|Administration;f'],
  ['lifeline', '988 Suicide & Crisis Lifeline', '988 Lifeline', 'A national network of local crisis centers offering free, confidential support 24/7 to anyone in suicidal crisis or emotional distress.', 'https://988lifeline.org', 0, 0, 'v:988'],
  ['ctl', 'Crisis Text Line', '', 'A national nonprofit offering free, 24/7 text-based mental health support and crisis intervention.', 'https://www.crisistextline.org', 0, 0, ''],
  ['va', 'U.S. Department of Veterans Affairs', 'VA', 'Federal department providing health care and benefits to veterans. Operates the Veterans Crisis Line.', 'https://www.va.gov', 0, 0, ''],
  ['riverbend', 'Riverbend Counseling Center', '', 'A nonprofit outpatient counseling center serving children, adults and families in north Cedar Valley County since 1987.', 'riverbendcounseling', 1, 0, 'v x1|Scheduling'],
  ['cvchc', 'Cedar Valley Community Health Centers', 'CVCHC', 'A community health center network with clinics in Fernwood and Pine Hollow offering medical, dental and behavioral health care regardless of ability to pay.', 'cvchc', 1, 1, 'v|Appointments'],
  ['ashford', 'Ashford Medical & Wellness', '', 'A rural primary care and behavioral health clinic serving eastern Cedar Valley County.', 'ashfordwellness', 1, 0, 'v'],
  ['recovery', 'Cedar Valley Recovery Network', 'CVRN', 'A peer-run recovery community organization. Runs the Second Wind Recovery Café, recovery coaching and mutual-aid meetings.', 'cvrecovery', 1, 0, 'v|Recovery coaching line'],
  ['harbor', 'Harborlight Treatment Services', '', 'A licensed outpatient addiction treatment program offering medication for opioid and alcohol use disorder and counseling.', 'harborlight', 1, 0, 'v;f'],
  ['intergroup', 'Cedar Valley 12-Step Intergroup', 'Intergroup', 'A volunteer service office that keeps the county list of open 12-step meetings for alcohol and drug recovery.', 'cv12step', 0, 0, 'v|Volunteer answering line'],
  ['housing', 'Cedar Valley Housing Partnership', '', 'The county coordinated-entry agency for housing. Helps people find shelter, rent assistance and permanent housing.', 'cvhousing', 1, 0, 'v x2|Coordinated entry'],
  ['mission', 'Millbrook Rescue Mission', '', 'A faith-based nonprofit providing shelter, meals and recovery programs in downtown Millbrook.', 'millbrookmission', 1, 1, 'v'],
  ['opendoor', 'Open Door Youth Services', 'Open Door', 'Shelter, drop-in and support for young people aged 12 to 24, including LGBTQ+ youth.', 'opendooryouth', 1, 0, 'v;t|Text us, weekdays 10 AM–8 PM'],
  ['safehaven', 'SafeHaven Cedar Valley', '', 'Confidential shelter, advocacy and support for survivors of domestic and sexual violence.', 'safehavencv', 0, 0, 'v|Business office (not the crisis line)'],
  ['foodbank', 'Cedar Valley Food Bank', '', 'Collects and distributes food to a network of pantries and meal sites in every town in the county.', 'cvfoodbank', 1, 1, 'v'],
  ['kitchen', 'Riverton Community Kitchen', '', 'A volunteer kitchen serving free hot meals in Riverton, no questions asked.', 'rivertonkitchen', 1, 0, 'v'],
  ['action', 'Cedar Valley Community Action', '', 'An anti-poverty agency helping households with food benefits, energy bills, tax preparation and job readiness.', 'cvaction', 1, 0, 'v x300;f'],
  ['jobs', 'Cedar Valley Job Center', '', 'A public employment center with job listings, training funds, computer lab and career coaching.', 'cvjobs', 1, 0, 'v'],
  ['legal', 'Cedar Valley Legal Aid', '', 'Free civil legal help for people with low incomes and older adults: housing, family law, benefits and consumer debt.', 'cvlegalaid', 1, 0, 'v x10|Intake line;f'],
  ['transit', 'Cedar Valley Transit', 'CVT', 'The county public transit district: fixed-route buses, Dial-a-Ride and medical ride coordination.', 'cvtransit', 1, 0, 'v|Customer service'],
  ['drivers', 'Ashford Volunteer Drivers', '', 'Neighbors driving neighbors to appointments and errands in Ashford and Pine Hollow.', 'ashforddrivers', 1, 0, 'v'],
  ['parish', "St. Brendan's Parish Outreach", '', 'The outreach ministry of a Millbrook parish, open to everyone regardless of faith.', 'stbrendans', 1, 0, 'v'],
  ['fcc', 'First Community Church of Fernwood', '', 'A small-town congregation hosting community meals, a pantry and support groups.', 'fccfernwood', 0, 0, 'v'],
  ['islamic', 'Riverton Islamic Center', '', 'A mosque and community center offering family services and refugee support to all neighbors.', 'rivertonislamic', 1, 0, 'v'],
  ['interfaith', 'Cedar Valley Interfaith Council', '', 'A partnership of congregations coordinating volunteers for shelter, meals and companionship.', 'cvinterfaith', 1, 0, 'v'],
  ['district', 'Cedar Valley School District 12', 'District 12', 'The public school district serving Millbrook, Riverton, Fernwood, Ashford and Pine Hollow.', 'district12', 1, 1, 'v|District office'],
  ['telehealth', 'ValleyConnect Telehealth', '', 'A nonprofit telehealth program connecting rural residents to counselors and doctors by video or phone.', 'valleyconnect', 1, 0, 'v'],
  ['vso', 'Cedar Valley County Veterans Service Office', 'Veterans Service Office', 'County office helping veterans and families apply for VA benefits and connect to local services.', 'veterans.cedarvalley', 1, 0, 'v'],
  ['senior', 'Cedar Valley Senior Services', '', 'Meals, rides, caregiver support and information for older adults and people with disabilities.', 'cvseniors', 1, 0, 'v'],
  ['newroots', 'New Roots Refugee & Immigrant Services', 'New Roots', 'Helps refugee and immigrant families settle in Cedar Valley: case management, English classes, jobs and interpretation.', 'newroots', 1, 0, 'v [en ar so]'],
  ['family', 'Cedar Valley Family Connections', '', 'Parenting support, home visits and groups for families with young children.', 'cvfamily', 1, 0, 'v'],
  ['hope', 'Hope After Loss Cedar Valley', '', 'A volunteer group supporting people who have lost someone to suicide.', 'hopeafterloss', 1, 0, ''],
  ['library', 'Cedar Valley Library District', '', 'Public libraries in Millbrook, Riverton and Fernwood with free internet, meeting rooms and community programs.', 'cvlibraries', 1, 0, 'v'],
  ['pride', 'Cedar Valley Pride Center', '', 'Community center and support programs for LGBTQ+ people of all ages.', 'cvpride', 1, 0, 'v'],
];

const BY_KEY = new Map(ORGS.map((o) => [o[0], o]));
const cache = new Map();

function buildOrg(key) {
  const [, name, alt, description, web, email, logo, phoneSpecs] = BY_KEY.get(key);
  const website = web.startsWith('https://') ? web : `https://${web}.example.org`;
  const host = new URL(website).host;
  const id = makeId('organization', key);
  const org = { id, name };
  if (alt) org.alternate_name = alt;
  org.description = description;
  org.website = website;
  if (email) org.email = `info@${host}`;
  if (logo) org.logo = `${website}/images/logo.png`;
  const ph = phones(id, phoneSpecs ? phoneSpecs.split(';') : []);
  if (ph) org.phones = ph;
  return org;
}

/** Shared organization object (same id every time). */
export function organization(key) {
  if (!BY_KEY.has(key)) throw new Error(`unknown organization ${key}`);
  if (!cache.has(key)) cache.set(key, buildOrg(key));
  return JSON.parse(JSON.stringify(cache.get(key)));
}

export const orgWebsite = (key) => organization(key).website;
export const orgPhone = (key) => organization(key).phones?.[0]?.number;
