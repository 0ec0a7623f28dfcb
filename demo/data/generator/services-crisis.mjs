// Crisis lines: three real national lines (public numbers) plus fictional county crisis services.
const ALL_DAY = 'W MO,TU,WE,TH,FR,SA,SU 00:00-23:59';

export const crisisServices = [
  {
    k: 'crisis-988', n: '988 Suicide & Crisis Lifeline', an: '988', o: 'lifeline', t: 'CRISIS', remote: true,
    d: 'Call or text 988, or chat online, to reach a trained crisis counselor any time of day or night. Free and confidential support for anyone in suicidal crisis, emotional distress or worried about someone else. Spanish-speaking counselors are available by call, text and chat.',
    url: 'https://988lifeline.org', au: [['Chat', 'https://988lifeline.org/chat']], es: true, area: false,
    p: ['v:988 [en es] | Call any time, 24/7', 't:988 [en es] | Text any time, 24/7'], s: [ALL_DAY],
    it: 'Phone interpreters are available for many other languages.',
  },
  {
    k: 'crisis-ctl', n: 'Crisis Text Line', o: 'ctl', t: 'CRISIS', remote: true, es: false, area: false,
    d: 'Text HOME to 741741 to connect with a trained volunteer crisis counselor. Free, confidential support by text message, 24 hours a day.',
    url: 'https://www.crisistextline.org', p: ['t:741741 | Text HOME to 741741'], s: [ALL_DAY],
  },
  {
    k: 'crisis-vcl', n: 'Veterans Crisis Line', o: 'va', t: 'CRISIS POP-VETERANS', remote: true, es: false, area: false,
    d: 'Free, confidential crisis support for veterans, service members, National Guard and Reserve members and the people who support them. You do not need to be enrolled in VA benefits or health care to connect. Dial 988 then press 1, text 838255, or chat online at VeteransCrisisLine.net.',
    url: 'https://www.veteranscrisisline.net', p: ['v:988 | Dial 988 then press 1', 't:838255 | Text 838255'], s: [ALL_DAY],
  },
  {
    k: 'crisis-county', n: 'Cedar Valley County Crisis Line', o: 'cvbh', t: 'CRISIS', area: true, es: true, lg: 'vi ru',
    fmt: 'html',
    d: '<p>Local, 24/7 crisis support for anyone in Cedar Valley County. Counselors can:</p><ul><li>talk or text with you right away</li><li>send the <strong>mobile crisis team</strong> to you</li><li>help you find follow-up care</li></ul><p>If someone is in immediate danger, call 911.</p>',
    p: ['v:503-0111 [en es] | 24/7 crisis line', 't:503-0111 | Text the crisis line, 24/7', 'v=org x0 | Administration (not for crisis calls)'],
    s: [ALL_DAY], ct: ['Crisis Services Program Manager'],
  },
  {
    k: 'crisis-mobile', n: 'Mobile Crisis Team', an: 'Mobile Crisis Response', o: 'cvbh', t: 'CRISIS POP-HOMELESS', area: true, es: true,
    d: 'A clinician and a peer support specialist come to you anywhere in the county to help calm a mental health or substance use crisis. Reached through the county crisis line; the team usually arrives within an hour in Millbrook and Riverton.',
    p: ['v:503-0111 | Call the county crisis line and ask for mobile crisis'],
    s: [ALL_DAY], el: 'Anyone of any age in Cedar Valley County.',
  },
  {
    k: 'crisis-csc', n: 'Crisis Stabilization Center (Walk-In)', o: 'cvbh', t: 'CRISIS MH-OUT', area: true, es: true,
    d: 'A calm, home-like walk-in center where adults in a mental health or substance use crisis can stay up to 23 hours. Nurses, counselors and peers are on site around the clock; law enforcement drop-offs accepted.',
    l: [['mb-csc', { p: ['v=loc | Walk-in desk'] }]], el: 'Adults 18 and older.', min: 18,
    fee: 'No cost; insurance billed when available',
  },
  {
    k: 'crisis-youth-text', n: 'Cedar Valley Youth Support Text Line', o: 'opendoor', t: 'CRISIS POP-YOUTH POP-LGBTQ', remote: true,
    d: 'Teens and young adults can text a trained youth counselor about anything: stress, family, identity, school or feeling unsafe. Replies usually come within 10 minutes during open hours.',
    p: ['t:971-0188 | Text 3 PM to 11 PM every day'], s: ['W MO,TU,WE,TH,FR,SA,SU 15:00-23:00'],
    el: 'Youth and young adults ages 12 to 24.', min: 12, max: 24,
    ap: 'Text any time during open hours. Outside these hours, call or text 988.',
  },
  {
    k: 'crisis-warmline', n: 'Peer Warmline', o: 'cvmha', t: 'CRISIS', remote: true, es: true,
    d: 'A non-crisis phone line answered by peers with lived experience of mental health challenges. Call when you want someone to talk to before things become a crisis.',
    p: ['v:971-0133 [en es] | Evenings, every day'], s: ['W MO,TU,WE,TH,FR,SA,SU 17:00-23:00'],
  },
  {
    k: 'crisis-safehaven', n: 'SafeHaven 24-Hour Domestic Violence Line', o: 'safehaven', t: 'CRISIS HOUSING', remote: true, es: true,
    d: 'Confidential support for survivors of domestic, dating and sexual violence. Advocates can help with safety planning, emergency shelter and protective orders.',
    p: ['v:503-0166 [en es] | 24/7 confidential line', 't:503-0166 | Text, 24/7'], s: [ALL_DAY], area: true,
    it: 'Interpreters available for any language, including ASL by video.',
  },
];
