import { fold } from '../util/fold.js';
import { memoize } from '../util/memoize.js';

// Common languages of social-service feeds: canonical key first (ISO 639-1 when there is one), then the
// ISO 639-2/3 codes and the (folded) names feeds write, so "es", "spa" and "Spanish" all mean one language.
const ALIASES =
  'en,eng,english|es,spa,spanish,espanol,castellano|fr,fra,fre,french,francais|de,deu,ger,german,deutsch|' +
  'it,ita,italian|pt,por,portuguese,portugues|pl,pol,polish,polski|ro,ron,rum,romanian|ru,rus,russian|' +
  'uk,ukr,ukrainian|ar,ara,arabic|zh,zho,chi,cmn,yue,chinese,mandarin,cantonese|vi,vie,vietnamese|' +
  'ko,kor,korean|ja,jpn,japanese|tl,tgl,fil,tagalog,filipino|hi,hin,hindi|ur,urd,urdu|pa,pan,punjabi|' +
  'bn,ben,bengali,bangla|gu,guj,gujarati|ta,tam,tamil|fa,fas,per,prs,persian,farsi,dari|ps,pus,pashto|' +
  'so,som,somali|am,amh,amharic|ti,tir,tigrinya|sw,swa,swahili|ht,hat,haitian creole,creole|hmn,hmong|' +
  'km,khm,khmer,cambodian|lo,lao|my,mya,bur,burmese|ne,nep,nepali|tr,tur,turkish|ku,kur,kurdish|' +
  'el,ell,gre,greek|he,heb,hebrew|yi,yid,yiddish|sq,sqi,alb,albanian|sr,srp,serbian|hr,hrv,croatian|' +
  'bs,bos,bosnian|cs,ces,cze,czech|sk,slk,slo,slovak|hu,hun,hungarian|lt,lit,lithuanian|lv,lav,latvian|' +
  'nl,nld,dut,dutch|cy,cym,wel,welsh|ga,gle,irish|gd,gla,gaelic,scottish gaelic|hy,hye,arm,armenian|' +
  'nv,nav,navajo|om,orm,oromo|yo,yor,yoruba|ig,ibo,igbo|ase,american sign language,asl|bfi,british sign language,bsl';

let keys: Map<string, string> | undefined;

/**
 * One key per language for matching and de-duplication: a known code or name maps to its ISO 639-1 code
 * (or 639-3 when there is none); anything else is kept, folded. Region and script subtags are ignored.
 */
export const languageKey = memoize((codeOrName: string): string => {
  keys ??= new Map(ALIASES.split('|').flatMap((entry) => entry.split(',').map((alias, _, all) => [alias, all[0]!])));
  const folded = fold(codeOrName).trim();
  const base = /^[a-z]{2,3}(?:[-_][a-z\d]+)*$/.test(folded) ? folded.split(/[-_]/)[0]! : folded.replace(/\s*\(.*$/, '');
  return keys.get(base) ?? base;
});
