import type { EverydayWords } from '../everyday-words.js';

/**
 * What people type for each need in Tagalog (Filipino), as Filipino Americans write it: everyday Tagalog,
 * the Spanish loans of daily speech ("renta", "abogado", "beterano") and the Taglish they mix in. English
 * words they use as they are ("food stamps", "daycare", "wifi") are in en.ts and not repeated here. Latin
 * script, usually without accents; affixed forms ("nagugutom", "binubugbog") are listed where they are what
 * people type. Particles that are English words ("may", "na") are never an entry on their own.
 */
export const words: EverydayWords = {
  needs: {
    food: ['pagkain', 'gutom', 'nagugutom', 'makakain', 'walang makain', 'walang pagkain', 'libreng pagkain', 'ulam', 'bigas', 'bangko ng pagkain', 'almusal', 'tanghalian', 'hapunan', 'relief goods', 'pakain', 'kusinang bayan'],
    'food-benefits': ['tulong sa pagkain', 'benepisyo sa pagkain', 'kard ng pagkain', 'kupon ng pagkain', 'kupon sa pagkain', 'kupon', 'selyo ng pagkain', 'tulong pangpagkain', 'ayuda sa pagkain'],
    housing: ['bahay', 'pabahay', 'tirahan', 'matitirhan', 'lugar na matitirhan', 'murang bahay', 'murang apartment', 'paupahan', 'mauupahan', 'bahay na paupahan', 'kwarto', 'kuwarto', 'pampublikong pabahay', 'abot kayang pabahay', 'pagpapaayos ng bahay', 'bumili ng bahay'],
    shelter: ['walang tirahan', 'walang bahay', 'palaboy', 'kanlungan', 'silungan', 'matutulugan', 'walang matutulugan', 'natutulog sa kalye', 'nakatira sa kalye', 'nakatira sa kotse', 'natutulog sa kotse', 'pinalayas', 'pinaalis', 'tuluyan', 'pansamantalang tirahan'],
    'rent-help': ['upa', 'renta', 'bayad sa upa', 'tulong sa upa', 'hindi makabayad ng upa', 'atraso sa upa', 'utang sa upa', 'palalayasin', 'mapapalayas', 'kasera', 'kasero', 'nagpapaupa', 'hulog sa bahay', 'deposito', 'nangungupahan', 'umuupa', 'karapatan ng nangungupahan'],
    utilities: ['kuryente', 'bayarin sa kuryente', 'bill sa kuryente', 'ilaw', 'bill ng ilaw', 'tubig', 'bill sa tubig', 'bayarin', 'bayarin sa bahay', 'pinutulan ng kuryente', 'naputulan', 'putol ang kuryente', 'painit', 'aircon', 'enerhiya'],
    employment: ['trabaho', 'hanapbuhay', 'walang trabaho', 'naghahanap ng trabaho', 'maghanap ng trabaho', 'nawalan ng trabaho', 'kawalan ng trabaho', 'empleyo', 'pagsasanay sa trabaho', 'kabuhayan', 'raket', 'mag apply ng trabaho'],
    legal: ['abogado', 'abugado', 'libreng abogado', 'tulong legal', 'payong legal', 'legal na tulong', 'korte', 'hukuman', 'hukom', 'demanda', 'kustodiya', 'diborsyo', 'sustento', 'suporta sa anak', 'rekord kriminal', 'piskal'],
    benefits: ['benepisyo', 'ayuda', 'tulong pinansyal', 'tulong na pera', 'pera', 'perang pang emergency', 'tulong ng gobyerno', 'benepisyo ng gobyerno', 'seguro', 'segurong pangkalusugan', 'pensyon', 'cash aid', 'calworks', 'medi cal'],
    health: ['doktor', 'doktora', 'klinika', 'libreng klinika', 'ospital', 'sentro ng kalusugan', 'pangkalusugan', 'sakit', 'nars', 'gamot', 'reseta', 'botika', 'parmasya', 'bakuna', 'magpatingin', 'magpakonsulta', 'konsulta', 'lagnat', 'pagpapagamot'],
    dental: ['dentista', 'ngipin', 'masakit ang ngipin', 'pustiso', 'magpabunot', 'bunot ng ngipin', 'linis ng ngipin', 'bagang', 'sirang ngipin', 'magpapasta'],
    vision: ['salamin sa mata', 'salamin', 'mata', 'doktor sa mata', 'optometrista', 'optalmologo', 'pagsusuri sa mata', 'malabo ang mata', 'paningin', 'malabong paningin', 'lente', 'sakit sa mata'],
    'mental-health': ['kalusugang pangkaisipan', 'kalusugan ng isip', 'depresyon', 'lungkot', 'malungkot', 'pagkabalisa', 'balisa', 'nerbiyos', 'istres', 'pighati', 'pagdadalamhati', 'sikolohista', 'saykayatrista', 'terapiya', 'tagapayo', 'pagpapayo', 'makausap', 'emosyonal na suporta'],
    'substance-use': ['adiksyon', 'adik', 'droga', 'shabu', 'alak', 'naglalasing', 'lasenggo', 'sobrang pag inom', 'pag inom', 'bisyo', 'rehabilitasyon', 'paggamit ng droga', 'heroina', 'magbagong buhay', 'paggaling'],
    'support-groups': ['grupo ng suporta', 'grupo', 'grupo ng kapwa', 'pulong', 'pagpupulong', '12 hakbang', 'labindalawang hakbang', 'grupong sumusuporta', 'suporta ng kapwa', 'grupo para sa pamilya', 'grupo sa pagluluksa', 'kapatiran'],
    crisis: ['krisis', 'emerhensya', 'linya ng tulong', 'magpakamatay', 'pagpapakamatay', 'gustong mamatay', 'saklolo', 'tulong agad', 'kagyat', 'nasa panganib', 'panganib', 'pag iwas sa pagpapakamatay', 'walang pag asa', 'kausap ngayon'],
    transportation: ['sasakyan', 'transportasyon', 'masasakyan', 'sakay', 'libreng sakay', 'pamasahe', 'kotse', 'gasolina', 'paghatid', 'hatid sa doktor', 'sundo', 'pagawa ng kotse', 'bisikleta', 'tren'],
    clothing: ['damit', 'libreng damit', 'damit panlamig', 'damit pantrabaho', 'dyaket', 'sapatos', 'tsinelas', 'bota', 'uniporme', 'pantalon', 'kumot', 'ukay ukay', 'kasuotan'],
    'domestic-violence': ['karahasan sa tahanan', 'karahasan sa pamilya', 'karahasan', 'pang aabuso', 'inaabuso', 'binubugbog', 'bugbog', 'sinasaktan ako', 'asawa ko nananakit', 'panggagahasa', 'ginahasa', 'sekswal na pang aabuso', 'pagbebenta ng tao', 'ligtas na bahay', 'kanlungan para sa kababaihan'],
    immigration: ['imigrasyon', 'imigrante', 'papeles', 'walang papeles', 'tago nang tago', 'pagkamamamayan', 'asilo', 'deportasyon', 'ipa deport', 'permiso sa trabaho', 'naturalisasyon', 'petisyon', 'estado sa imigrasyon', 'konsulado'],
    disability: ['kapansanan', 'may kapansanan', 'pwd', 'bingi', 'bulag', 'pipi', 'silyang de gulong', 'awtismo', 'espesyal na pangangailangan', 'senyas', 'lumpo', 'kapansanan sa pag iisip', 'malayang pamumuhay'],
    'older-adults': ['matatanda', 'nakatatanda', 'matanda', 'lolo', 'lola', 'lolo at lola', 'retirado', 'pensyonado', 'tagapag alaga ng matanda', 'alaga sa bahay', 'katandaan', 'sentro ng matatanda', 'pagkain para sa matatanda'],
    youth: ['kabataan', 'bata', 'mga bata', 'anak', 'tinedyer', 'binata', 'dalaga', 'estudyante', 'pagkatapos ng klase', 'kampo', 'tumakas sa bahay', 'naglayas', 'lumayas'],
    veterans: ['beterano', 'mga beterano', 'beteranong pilipino', 'militar', 'sundalo', 'dating sundalo', 'hukbo', 'serbisyo militar', 'hukbong dagat', 'hukbong panghimpapawid', 'benepisyo ng beterano'],
    lgbtq: ['bakla', 'bading', 'beki', 'tibo', 'lesbiyana', 'bisekswal', 'silahis', 'transhender', 'homosekswal', 'paglaladlad', 'ladlad', 'oryentasyong sekswal', 'pagkakakilanlang pangkasarian'],
    childcare: ['alaga ng bata', 'mag aalaga ng bata', 'pag aalaga ng bata', 'tagapag alaga ng bata', 'alaga ng anak', 'paalagaan ang anak', 'yaya', 'magbabantay ng bata', 'tagabantay ng bata'],
    education: ['paaralan', 'eskwelahan', 'eskwela', 'klase', 'mag aral', 'pag aaral', 'edukasyon', 'mag aral ng ingles', 'klase sa ingles', 'iskolarship', 'iskolar', 'kolehiyo', 'unibersidad', 'magbasa at magsulat', 'pagbasa', 'klase sa kompyuter'],
    'tax-help': ['buwis', 'pagbabayad ng buwis', 'pag file ng buwis', 'mag file ng buwis', 'refund ng buwis', 'ibinalik na buwis', 'tulong sa buwis', 'paghahanda ng buwis', 'buwis sa kita'],
    'baby-supplies': ['lampin', 'gatas', 'gatas ng sanggol', 'gatas ng baby', 'pamunas', 'damit ng sanggol', 'kuna', 'duyan', 'andador', 'upuan ng sanggol sa kotse', 'gamit ng sanggol', 'gamit ng baby', 'bote ng gatas', 'tsupon'],
    pregnancy: ['buntis', 'pagbubuntis', 'nagbubuntis', 'nagdadalang tao', 'manganganak', 'panganganak', 'komadrona', 'pagkatapos manganak', 'bagong panganak', 'pagpapasuso', 'magpasuso', 'check up sa buntis', 'obstetrisyan', 'bagong ina'],
    'sexual-health': ['sakit sa ari', 'sakit na nakukuha sa pakikipagtalik', 'pagsusuri sa hiv', 'kondom', 'kontrasepsyon', 'pildoras', 'kalusugang sekswal', 'kalusugang pangreproduktibo', 'aborsyon', 'pagpapalaglag', 'pagpaplano ng pamilya', 'impeksyong sekswal'],
    'phone-internet': ['telepono', 'selpon', 'libreng telepono', 'libreng selpon', 'kompyuter', 'koneksyon sa internet', 'libreng internet', 'murang internet', 'linya ng telepono'],
  },
  fillers: ['ako', 'ko', 'akin', 'kami', 'tayo', 'namin', 'natin', 'ikaw', 'mo', 'ang', 'ng', 'nang', 'sa', 'mga', 'si', 'kay', 'para', 'at', 'o', 'po', 'kailangan', 'gusto', 'nais', 'hanap', 'naghahanap', 'maghanap', 'hanapin', 'makahanap', 'kumuha', 'makakuha', 'tulong', 'tumulong', 'tulungan', 'saan', 'paano', 'ano', 'ba', 'lang', 'naman', 'pa', 'may', 'mayroon', 'meron', 'malapit', 'dito', 'libre', 'libreng', 'serbisyo', 'programa', 'suporta', 'pakiusap', 'paki', 'lugar'],
};
