// Support groups: peer-run (SG-PEER) and professionally led (SG-PRO).
import { siteTown, townName } from './places.mjs';
import { describeSpec } from './schedules.mjs';

// type: [name, org, codes, description, extra spec fields]
const TYPES = {
  conn: ['Connection Recovery Support Group (Cedar Valley Mental Health Alliance)', 'cvmha', 'SG-PEER', 'A free, peer-led support group for adults living with a mental health condition. Participants share coping strategies and encouragement in a structured 90-minute meeting.', { el: 'Adults 18 and older living with any mental health condition.', min: 18 }],
  fam: ['Family Support Group (Cedar Valley Mental Health Alliance)', 'cvmha', 'SG-PEER', 'A peer-led group for family members, partners and friends of people living with mental illness. Learn from others who understand what you are going through.', { el: 'Adults who have a loved one living with a mental health condition.', min: 18 }],
  dbs: ['Depression and Bipolar Peer Support Group', 'cvmha', 'SG-PEER', 'A peer group for adults living with depression or bipolar disorder.', { el: 'Adults living with a mood disorder.', min: 18 }],
  anx: ['Anxiety Skills Group', 'riverbend', 'SG-PRO MH-OUT', 'A counselor-led group teaching practical tools for worry, panic and social anxiety.', { fee: '$20 per session, insurance accepted', cost: [['Per session, self-pay', 20]], min: 16 }],
  grief: ['Grief and Loss Support Group', 'senior', 'SG-PRO POP-OLDER', 'A gentle, counselor-led group for anyone grieving the death of a spouse, partner, family member or friend.', { el: 'Open to adults; most members are 60 and older.' }],
  griefFaith: ['Faith-Based Grief Support Group', 'parish', 'SG-PEER FAITH', 'A weekly grief group hosted by parish volunteers, combining peer sharing with an optional closing prayer.', {}],
  sosl: ['Survivors of Suicide Loss Support Group', 'hope', 'SG-PEER', 'A peer group for people who have lost a family member or friend to suicide. Facilitators are themselves loss survivors.', { el: 'Adults bereaved by suicide, at any time since the loss.', min: 18 }],
  aa: ['Open 12-Step Meeting (Alcohol)', 'intergroup', 'SG-PEER SUD', 'An open 12-step meeting for anyone who wants to stop drinking. Visitors and family members may attend open meetings.', { fee: 'Free (voluntary contributions)', url: '/meetings' }],
  na: ['Open 12-Step Meeting (Narcotics)', 'intergroup', 'SG-PEER SUD', 'An open 12-step meeting for people recovering from drug use. Newcomers are always welcome.', { fee: 'Free (voluntary contributions)', url: '/meetings' }],
  smart: ['SMART Recovery Meeting', 'recovery', 'SG-PEER SUD', 'A science-based mutual-help meeting using the SMART Recovery 4-Point Program for any addictive behavior. Led by a trained volunteer facilitator.', {}],
  lgbtqy: ['LGBTQ+ Youth Group (ages 13–18)', 'opendoor', 'SG-PRO POP-YOUTH POP-LGBTQ', 'A safe, affirming weekly group for LGBTQ+ and questioning teens, led by a youth counselor. Snacks provided.', { el: 'Youth ages 13 to 18. Parent permission is not required.', min: 13, max: 18 }],
  vets: ['Veterans Peer Support Group', 'vso', 'SG-PEER POP-VETERANS', 'Veterans supporting veterans: a confidential peer group for those who served in any branch or era.', { el: 'Veterans of any era and discharge status.' }],
  parents: ['New Parents Support Circle', 'family', 'SG-PRO POP-YOUTH', 'A drop-in group for parents of babies under 12 months, led by a family nurse. Babies welcome.', { el: 'Parents and caregivers of infants up to 12 months.' }],
  ppd: ['Postpartum Mood Support Group', 'cvchc', 'SG-PRO MH-OUT', 'A counselor-led group for parents experiencing depression or anxiety during pregnancy or after birth.', { el: 'Pregnant and postpartum parents, up to two years after birth.' }],
  care: ['Family Caregiver Support Group', 'senior', 'SG-PRO POP-OLDER', 'Support and practical tips for people caring for an aging parent, spouse or partner, including those caring for someone with dementia.', {}],
  teens: ['Teen Coping Skills Group', 'riverbend', 'SG-PRO SCHOOL POP-YOUTH', 'An after-school skills group for middle schoolers dealing with stress, anxiety or low mood.', { min: 11, max: 14 }],
  lgbtqa: ['LGBTQ+ Adult Peer Support Group', 'pride', 'SG-PEER POP-LGBTQ', 'A peer-facilitated group for LGBTQ+ adults to talk about coming out, relationships, family and mental health.', { min: 18 }],
  refw: ["Refugee Women's Wellness Circle", 'newroots', 'SG-PRO POP-REFUGEE', 'A counselor-led circle for refugee and immigrant women to share, rest and learn about stress and well-being. Childcare provided.', { lg: 'ar so', es: false, it: 'Arabic and Somali interpreters attend every session.' }],
  hv: ['Hearing Voices Peer Group', 'recovery', 'SG-PEER', 'A peer group for people who hear voices, see visions or have other unusual experiences. No diagnosis needed.', {}],
  famrec: ['Family Recovery Group', 'recovery', 'SG-PEER SUD', 'For parents, partners and friends of someone who uses alcohol or drugs. Learn about recovery and take care of yourself.', {}],
  dual: ['Dual Recovery Group', 'cvbh', 'SG-PRO SUD MH-OUT', 'A clinician-led group for adults working on both mental health and substance use recovery.', { fee: 'Sliding scale based on income', min: 18 }],
  milfam: ['Military Family Support Group', 'vso', 'SG-PEER POP-VETERANS', 'Spouses, partners and parents of service members and veterans meet online to share resources and support.', {}],
  widowed: ['Widowed Persons Coffee Group', 'senior', 'SG-PEER POP-OLDER', 'A friendly monthly gathering for widowed adults over coffee. Newly and long-widowed people are welcome.', {}],
  pain: ['Living Well with Chronic Pain', 'ashford', 'SG-PRO', 'A six-week, clinician-led group for adults with ongoing pain, covering pacing, sleep, mood and movement.', { fee: 'No cost for clinic patients; $10 per session for others', cost: [['Per session, non-patients', 10]] }],
  trauma: ['Trauma Recovery Group for Veterans', 'vso', 'SG-PRO POP-VETERANS MH-OUT', 'A structured group led by a licensed counselor for veterans living with post-traumatic stress.', { el: 'Veterans; call for a short screening before joining.' }],
  mission: ['Peer Support Drop-In', 'mission', 'SG-PEER POP-HOMELESS FAITH', 'A daily peer support hour at the Mission for guests and neighbors experiencing homelessness.', {}],
  yac: ['Young Adult Peer Circle (18–25)', 'opendoor', 'SG-PEER POP-YOUTH', 'A peer-led circle for young adults navigating mental health, school, work and relationships.', { min: 18, max: 25 }],
  elders: ['LGBTQ+ Elders Coffee Hour', 'pride', 'SG-PEER POP-LGBTQ POP-OLDER', 'A monthly social and support hour for LGBTQ+ adults 55 and older.', { min: 55 }],
  men: ["Men's Mental Health Circle", 'cvmha', 'SG-PEER', 'A peer-led group where men talk openly about stress, anger, loss and mental health.', { min: 18 }],
  ed: ['Eating Disorder Recovery Support Group', 'riverbend', 'SG-PRO MH-OUT', 'A weekly online group led by a dietitian and a therapist for adults recovering from an eating disorder.', { min: 18 }],
};

// [type, location(s), schedule spec, extra spec fields]
const GROUPS = [
  ['conn', 'mb-library', 'W TU 18:30-20:00', { area: true }],
  ['conn', 'rv-library', 'W TH 18:00-19:30', { al: 'Meeting moved online through March 2027. Use the CVMHA online meeting link.' }],
  ['conn', 'v:cvmha-connection:CVMHA online meeting room', 'W MO 19:00-20:30', { es: true }],
  ['conn', 'ph-grange', 'M 1SA 10:00-11:30', {}],
  ['conn', 'fw-church', 'W MO 18:00-19:30', { st: 'tc', ap: 'This group is paused while new facilitators are trained. Call the CVMHA HelpLine for other meetings.' }],
  ['fam', 'mb-church', 'W WE 18:30-20:00', { ct: ['Group Facilitator'] }],
  ['fam', ['as-hall', 'v:cvmha-family-ashford:CVMHA online meeting room (Ashford group)'], 'M 3TH 18:30-20:00', {}],
  ['fam', 'v:cvmha-familia:Sala virtual de CVMHA', 'W SA 10:00-11:30', { n: 'Grupo de Apoyo Familiar (Family Support Group in Spanish)', es: true, noEn: true, d: 'Un grupo de apoyo gratuito, en español, para familiares de personas con enfermedades mentales. A free Spanish-language family support group held online.' }],
  ['dbs', 'mb-cc', 'W MO 18:00-19:30', {}],
  ['dbs', 'fw-library', ['W2 TH 17:30-19:00', { dtstart: '2026-01-08' }], {}],
  ['anx', 'rv-clinic', 'W WE 17:30-18:30', {}],
  ['anx', 'v:riverbend-anxiety:Riverbend telehealth group room', 'W TU 12:00-13:00', { an: 'Lunchtime Anxiety Skills Group (online)' }],
  ['grief', 'mb-senior', 'W TH 13:30-15:00', {}],
  ['griefFaith', 'mb-parish', 'M -1FR 18:00-19:30', {}],
  ['sosl', 'mb-church', 'M 2TU 18:30-20:00', {}],
  ['sosl', 'v:hope-online:Hope After Loss online room', 'MD 15 19:00-20:30', { remote: true }],
  ['aa', 'mb-parish', 'W MO,WE,FR 12:00-13:00', { an: 'Noon Serenity Group' }],
  ['aa', 'rv-grange', 'W SA 08:00-09:00', { an: 'Early Birds Group' }],
  ['aa', 'as-chapel', 'W TH 19:00-20:00', {}],
  ['aa', 'ph-church', 'W SU 18:00-19:00', {}],
  ['na', 'mb-cafe', 'W TU,TH 19:00-20:00', {}],
  ['na', 'fw-grange', 'W FR 19:30-20:30', {}],
  ['na', 'v:na-online:Online 12-step meeting room', 'W SU 20:00-21:00', {}],
  ['smart', 'mb-cafe', 'W WE 17:30-19:00', {}],
  ['smart', ['rv-library', 'v:smart-riverton:SMART Recovery online room (Riverton)'], 'W SA 10:00-11:30', {}],
  ['lgbtqy', 'mb-youth', 'W TH 16:00-17:30', { p: ['t|Text the youth counselor'] }],
  ['lgbtqy', 'v:opendoor-youth:Open Door online youth space', 'W SU 16:00-17:00', {}],
  ['vets', 'mb-vets', 'W TU 10:00-11:30', {}],
  ['vets', 'as-hall', 'M 1SA 09:00-11:00', { an: 'Veterans Breakfast Group' }],
  ['parents', 'fw-library', 'W WE 10:00-11:30', {}],
  ['parents', 'v:family-newparents:Family Connections video room', 'W FR 10:00-11:00', {}],
  ['ppd', 'fw-health', 'W MO 11:00-12:00', {}],
  ['care', 'mb-senior', 'M 2WE 13:00-14:30', {}],
  ['care', 'ph-grange', 'M 4TU 13:00-14:30', {}],
  ['teens', 'rv-middle', ['W WE 15:30-16:30', { until: '2025-06-11', suffix: ' during the 2024–25 school year (ended June 11, 2025)' }], { st: 'in' }],
  ['lgbtqa', 'mb-cc', 'M 1WE,3WE 19:00-20:30', {}],
  ['refw', 'rv-newroots', 'W TH 10:00-12:00', {}],
  ['hv', 'mb-library', 'W FR 14:00-15:30', {}],
  ['famrec', 'fw-church', 'W TU 19:00-20:30', {}],
  ['dual', 'mb-bh', 'W MO,WE 16:00-17:00', {}],
  ['milfam', 'v:vso-families:Veterans Service Office video room', 'M -1WE 19:00-20:00', {}],
  ['widowed', 'as-chapel', 'M 3TH 11:00-12:30', {}],
  ['pain', 'as-clinic', 'W TU 15:00-16:00', {}],
  ['trauma', 'mb-vets', 'W TH 17:00-18:30', {}],
  ['mission', 'mb-mission', 'W MO,TU,WE,TH,FR 14:00-15:00', {}],
  ['yac', 'mb-youth', 'W WE 18:00-19:30', {}],
  ['elders', 'mb-senior', 'M 2SA 10:00-11:30', {}],
  ['men', 'mb-library', 'W WE 19:00-20:30', {}],
  ['ed', 'v:riverbend-eating:Riverbend telehealth group room', 'W MO 18:00-19:00', {}],
  ['dbs', 'ph-church', 'M -1TH 18:00-19:30', {}],
];

// Hand-formatted descriptions (HTML and Markdown) for a few groups, keyed by GROUPS index.
const FORMATTED = {
  0: ['html', '<p>A free, <strong>peer-led</strong> recovery support group for adults living with a mental health condition.</p><ul><li>90 minutes, once a week</li><li>Confidential and drop-in</li><li>No diagnosis or referral needed</li></ul>'],
  14: ['html', '<p>A monthly peer group for people who have lost someone to suicide.</p><p>Facilitators are <strong>loss survivors</strong> trained to hold a safe, respectful space.</p>'],
  23: ['md', '**SMART Recovery** is a science-based alternative to 12-step meetings.\n\n- Open to any addictive behavior\n- Trained volunteer facilitator\n- Free; no sign-up needed'],
};

const counts = GROUPS.reduce((m, [t]) => m.set(t, (m.get(t) || 0) + 1), new Map());

function where(locs) {
  const first = (Array.isArray(locs) ? locs : [locs])[0];
  return first.startsWith('v:') ? 'Online' : townName(siteTown(first));
}

function withAttending(spec, at) {
  const [text, opts = {}] = Array.isArray(spec) ? spec : [spec, {}];
  return [text, { ...opts, at }];
}

export const supportGroups = GROUPS.map(([type, locs, sched, extra], i) => {
  const [n, o, t, d, base] = TYPES[type];
  const list = Array.isArray(locs) ? locs : [locs];
  const online = list.every((l) => l.startsWith('v:'));
  const spec = { k: `sg-${type}-${i}`, n, o, t, d, ...base, ...extra };
  if (FORMATTED[i]) [spec.fmt, spec.d] = FORMATTED[i];
  if (list.length > 1) {
    spec.l = list.map((l) => {
      const virtual = l.startsWith('v:');
      return [l, {
        d: virtual ? 'Join the same meeting online; the facilitator connects both rooms.' : 'In-person room for the hybrid meeting.',
        s: [withAttending(sched, virtual ? 'online' : 'in person')],
      }];
    });
    spec.an ??= `${where(locs)} (in person or online) · ${describeSpec(sched)}`;
  } else {
    spec.l = list;
    spec.s = [online ? withAttending(sched, 'online') : sched];
    if (counts.get(type) > 1) spec.an ??= `${where(locs)} · ${describeSpec(sched)}`;
  }
  return spec;
});
