import type { EverydayWords } from '../everyday-words.js';

/**
 * What people type for each need in Haitian Creole (Kreyòl ayisyen), in the standard orthography, with the
 * words Haitians in the US borrow and respell ("grosri", "foud stanp", "medikèd", "bil"). Latin script; the
 * grave accents are folded away when matching ("lopital", "dòmi" finds "domi"), which is also how most
 * people type it. Short words that are English words are kept only inside phrases ("rad gratis", not
 * "rad"; "mal dan", not "dan"). The crisis words ("swisid", "touye tèt mwen") mirror the crisis terms.
 */
export const words: EverydayWords = {
  needs: {
    food: ['manje', 'grangou', 'bank manje', 'manje gratis', 'pa gen manje', 'anyen pou manje', 'manje cho', 'pwovizyon', 'dejene', 'manje midi', 'soupe', 'distribisyon manje', 'grosri', 'makèt'],
    'food-benefits': ['koupon manje', 'koupon', 'kat manje', 'tenm manje', 'tenm', 'stanp', 'foud stanp', 'benefis manje', 'èd pou manje', 'pwogram nitrisyon'],
    housing: ['lojman', 'kay', 'lakay', 'apatman', 'kay pou lwe', 'lojman abòdab', 'lojman piblik', 'kay bon mache', 'kote pou m rete', 'kote pou rete', 'chanm', 'seksyon 8', 'reparasyon kay', 'achte kay'],
    shelter: ['abri', 'refij', 'san kay', 'san lojman', 'san abri', 'moun ki nan lari', 'nan lari', 'dòmi deyò', 'dòmi nan machin', 'kote pou m dòmi', 'kote pou dòmi', 'kabann pou aswè a', 'yo mete m deyò', 'mete m deyò', 'lojman ijans', 'abri ijans'],
    'rent-help': ['lwaye', 'peye lwaye', 'èd pou lwaye', 'lajan pou lwaye', 'lwaye an reta', 'dèt lwaye', 'ekspilsyon', 'avi ekspilsyon', 'mèt kay', 'pwopriyetè', 'ipotèk', 'sezi kay', 'depo garanti', 'lokatè', 'dwa lokatè'],
    utilities: ['kouran', 'limyè', 'bòdwo kouran', 'bòdwo limyè', 'bil limyè', 'bil kouran', 'bòdwo dlo', 'bil dlo', 'dlo', 'gaz', 'chofaj', 'èkondisyone', 'yo koupe kouran', 'koupe limyè', 'elektrisite', 'enèji', 'bil', 'bòdwo'],
    employment: ['travay', 'djòb', 'anplwa', 'chèche travay', 'san travay', 'pèdi travay', 'pa gen travay', 'chomaj', 'fòmasyon travay', 'rezime', 'metye', 'anbochaj', 'yo anboche', 'fè travay'],
    legal: ['avoka', 'avoka gratis', 'èd legal', 'èd jiridik', 'konsèy legal', 'tribinal', 'jij', 'pwosè', 'lajistis', 'defansè piblik', 'divòs', 'dwa gad', 'pansyon alimantè', 'sipò pitit', 'dosye kriminèl', 'netwaye dosye'],
    benefits: ['benefis', 'asistans piblik', 'èd lajan', 'lajan ijans', 'èd finansye', 'asistans finansye', 'asirans sante', 'asirans', 'medikèd', 'medikè', 'sekirite sosyal', 'sosyal sekirite', 'chèk sosyal', 'welfè', 'byennèt sosyal', 'benefis chomaj', 'masshealth'],
    health: ['doktè', 'klinik', 'lopital', 'swen sante', 'sant sante', 'swen medikal', 'malad', 'maladi', 'enfimyè', 'medikaman', 'renmèd', 'preskripsyon', 'famasi', 'vaksen', 'chekòp', 'sal ijans', 'egzamen medikal', 'konsiltasyon', 'doktè gratis'],
    dental: ['dantis', 'mal dan', 'doulè dan', 'swen dan', 'netwaye dan', 'fo dan', 'rache dan', 'dan pouri', 'sante dan', 'klinik dantè'],
    vision: ['linèt', 'doktè je', 'egzamen je', 'swen je', 'mal je', 'pwoblèm je', 'oftalmològ', 'optometris', 'lantiy', 'lantiy kontak', 'pa wè byen', 'vizyon'],
    'mental-health': ['sante mantal', 'maladi mantal', 'sikològ', 'sikyat', 'terapi', 'terapis', 'konseye', 'enkyetid', 'anksyete', 'depresyon', 'deprime', 'estrès', 'tèt chaje', 'lapenn', 'twoma', 'kriz nè', 'moun pou m pale', 'sipò emosyonèl'],
    'substance-use': ['dwòg', 'adiksyon', 'alkòl', 'alkolik', 'tafya', 'bwè twòp', 'detoks', 'reyabilitasyon', 'sant tretman', 'opyoyid', 'ewoyin', 'fentanil', 'metadòn', 'naloksòn', 'sispann bwè', 'sispann dwòg', 'depandans'],
    'support-groups': ['gwoup sipò', 'gwoup', 'alkolik anonim', 'nakotik anonim', 'douz etap', '12 etap', 'reyinyon', 'sipò kanmarad', 'èd mityèl', 'gwoup pou fanmi', 'gwoup dèy', 'rankont'],
    crisis: ['kriz', 'liy kriz', 'liy ijans', 'ijans', 'swisid', 'touye tèt mwen', 'vle mouri', 'èd ijan', 'ijan', 'pale ak yon moun kounye a', 'prevansyon swisid', 'dezespere', 'an danje', 'liy dirèk'],
    transportation: ['transpò', 'transpò piblik', 'woulib', 'otobis', 'kat bis', 'tikè bis', 'machin', 'gazolin', 'taksi', 'transpò medikal', 'ale kay doktè', 'reparasyon machin', 'bisiklèt', 'tren', 'metwo'],
    clothing: ['rad gratis', 'rad pou ivè', 'rad pou fredi', 'rad travay', 'vètman', 'manto', 'jakèt', 'soulye', 'tenis', 'sapat', 'inifòm', 'kouvèti'],
    'domestic-violence': ['vyolans domestik', 'vyolans nan fanmi', 'vyolans', 'abi', 'maltretans', 'mari m bat mwen', 'bat mwen', 'patnè vyolan', 'lòd pwoteksyon', 'lòd restriksyon', 'agresyon seksyèl', 'kadejak', 'vyòl', 'asèlman', 'trafik moun', 'abri pou fanm'],
    immigration: ['imigrasyon', 'imigran', 'papye', 'san papye', 'rezidans', 'kat vèt', 'grin kat', 'sitwayènte', 'azil', 'refijye', 'depòtasyon', 'depòte', 'pèmi travay', 'natiralizasyon', 'viza', 'tps', 'estati imigrasyon', 'konsila'],
    disability: ['andikap', 'andikape', 'moun andikape', 'chèz woulant', 'soud', 'avèg', 'otism', 'bezwen espesyal', 'lang siy', 'andikap mantal', 'pa ka mache', 'pa tande', 'enfimite', 'lavi endepandan'],
    'older-adults': ['granmoun', 'granmoun aje', 'moun aje', 'aje', 'retrete', 'retrèt', 'sant granmoun', 'manje a domisil', 'swen lakay', 'okipe granmoun', 'gran paran', 'granpapa', 'granmanman', 'kay retrèt', 'vyeyès'],
    youth: ['jèn moun', 'jenn moun', 'jenès', 'adolesan', 'timoun', 'pitit', 'ti moun', 'apre lekòl', 'kan ete', 'kan vakans', 'kouri kite kay', 'elèv', 'etidyan', 'jèn gason', 'jèn fi'],
    veterans: ['ansyen militè', 'ansyen sòlda', 'ansyen konbatan', 'militè', 'sòlda', 'lame ameriken', 'marin', 'fòs ayeryen', 'sèvis militè', 'benefis veteran'],
    lgbtq: ['omoseksyèl', 'lesbyèn', 'biseksyèl', 'transjan', 'moun trans', 'non binè', 'oryantasyon seksyèl', 'idantite seksyèl', 'kominote lgbt', 'gason ki renmen gason', 'fanm ki renmen fanm', 'fyète'],
    childcare: ['gad timoun', 'gade timoun', 'moun pou gade timoun', 'gadri', 'gadri timoun', 'kreche', 'lekòl matènèl', 'matènèl', 'preskolè', 'jaden danfan', 'swen timoun'],
    education: ['lekòl', 'klas', 'kou angle', 'klas angle', 'aprann angle', 'edikasyon', 'edikasyon pou adilt', 'alfabetizasyon', 'aprann li ak ekri', 'li ak ekri', 'titè', 'inivèsite', 'kolèj', 'bous detid', 'diplòm', 'klas konpitè', 'etid'],
    'tax-help': ['taks', 'enpo', 'fè enpo', 'deklarasyon taks', 'fè taks', 'ranbousman taks', 'lajan taks', 'preparasyon taks', 'kredi taks', 'taks gratis', 'rapò taks', 'itin'],
    'baby-supplies': ['kouchèt', 'lèt bebe', 'fòmil', 'lèt fòmil', 'rad bebe', 'bèso', 'kabann bebe', 'chèz machin bebe', 'pousèt', 'bibwon', 'sèvyèt bebe', 'bagay pou bebe', 'afè bebe'],
    pregnancy: ['ansent', 'gwosès', 'swen prenatal', 'fanmsaj', 'matènite', 'akouchman', 'akouche', 'apre akouchman', 'bay tete', 'jinekològ', 'tès gwosès', 'nouvo manman', 'manman ki ansent'],
    'sexual-health': ['vih', 'sida', 'mts', 'ist', 'tès vih', 'kapòt', 'planin familyal', 'planifikasyon familyal', 'kontraseptif', 'grenn planin', 'pilil', 'sante seksyèl', 'sante repwodiktif', 'avòtman', 'maladi veneryen'],
    'phone-internet': ['telefòn', 'selilè', 'telefòn gratis', 'entènèt', 'entènèt gratis', 'konpitè', 'òdinatè', 'plan telefòn', 'done mobil', 'konneksyon entènèt', 'liy telefòn'],
  },
  fillers: ['mwen', 'm', 'nou', 'ou', 'li', 'yo', 'bezwen', 'vle', 'ta', 'renmen', 'chèche', 'jwenn', 'genyen', 'gen', 'èd', 'ede', 'ak', 'avèk', 'pou', 'nan', 'la', 'a', 'yon', 'de', 'sou', 'ki', 'kote', 'kijan', 'kòman', 'kouman', 'toupre', 'pre', 'bò', 'souple', 'tanpri', 'gratis', 'sèvis', 'pwogram', 'asistans', 'sipò', 'resous', 'zòn', 'lokal', 'kapab', 'ka', 'konn', 'se', 'kounye', 'isit'],
};
