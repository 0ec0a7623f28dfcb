/**
 * How people in crisis say it in their own words, in every interface language: self-harm, suicidal
 * thoughts said indirectly, despair, overdose, abuse by a partner, a parent or anyone at home, sexual
 * assault, immediate danger and strong distress. Reviewed with the translations (TRANSLATIONS.md,
 * "Crisis phrases").
 *
 * Spaced scripts: each phrase is a word sequence matched on folded words (no case, accents or Arabic
 * prefixes), with up to three other words allowed between its words ("want to really die"). A word
 * ending in `*` matches any word starting so ("hurt*": hurts, hurting); `a|b` matches either word.
 */

/** Who hurts: a partner, a parent or step-parent, a sibling, a relative, anyone. */
const EN_WHO =
  'husband|wife|boyfriend|girlfriend|partner|spouse|ex|bf|gf|fiance|dad|father|mom|mother|mum|stepdad|stepfather|stepmom|stepmother|parent|parents|brother|sister|stepbrother|stepsister|uncle|aunt|grandpa|grandfather|grandma|grandmother|cousin|son|daughter|family|relative|someone|somebody|he|she|they|hes|shes|theyre|someones|somebodys';
const ES_WHO =
  'esposo|marido|novio|pareja|esposa|novia|expareja|ex|papa|papi|padre|mama|mami|madre|padrastro|madrastra|padres|papas|hermano|hermana|tio|tia|abuelo|abuela|primo|prima|hijo|hija|familia|alguien';
const FR_WHO =
  'mari|conjoint|copain|compagnon|femme|copine|ex|pere|papa|mere|maman|parents|frere|soeur|sœur|oncle|tante|cousin|cousine|fils|fille|famille|quelqu|il|elle|ils|on';
const PT_WHO =
  'marido|esposo|namorado|companheiro|parceiro|esposa|namorada|mulher|ex|pai|mae|padrasto|madrasta|pais|irmao|irma|tio|tia|avo|primo|prima|filho|filha|familia|alguem|ele|ela|eles';
/** Vietnamese kin words are also pronouns ("anh": older brother, he); "trai", "gai" end boyfriend, son, sister. */
const VI_WHO = 'chong|vo|trai|gai|bo|ba|cha|me|duong|anh|chi|chu|cau|ong|nguoi|han|no';
const TL_WHO =
  'asawa|tatay|nanay|ama|ina|amain|madrasta|kapatid|kuya|ate|tito|tiyo|tita|tiya|lolo|lola|pinsan|magulang|kinakasama|boyfriend|bf|partner';
const RU_WHO = 'муж|парень|сожитель|партнер|жена|бывш*|отец|папа|мама|мать|отчим|мачеха|брат|сестра|дядя|тетя|дед|дедушка|бабушка|родители|сын|дочь|он|она|они|кто';
const AR_WHO = 'زوجي|زوجتي|صديقي|خطيبي|شريكي|أبي|والدي|أمي|والدتي|أخي|أختي|عمي|خالي|جدي|أهلي|ابني|ابنتي|بنتي|هو|هي';
const HT_WHO = 'mari|mennaj|patne|madanm|papa|manman|bòpè|bèlmè|frè|tonton|matant|kouzen|kouzin|granpapa|granmanman|paran|fanmi|moun|li|yo';

export const PHRASES = [
  // English
  'hurt*|harm*|cut*|cutting|burn*|injur* myself', 'kill*|shoot*|hang*|drown* myself', 'kill my self',
  'want*|wanna die', 'wish* i was|were dead', 'want*|wanna be dead', 'better off dead', 'better off without me',
  'no|nothing reason|point live|living|alive', 'nothing to live for', 'not worth living', 'hate my life', 'end|ending|ended it all',
  'end*|take* my life', 'cant|cannot go on', 'cant|cannot take|do|handle it|this anymore', 'cant|cannot take|do|handle it|this any more',
  'dont|not want* live|alive|living|exist', 'dont|not want* wake up', 'never wake up', 'tired of living', 'feel* like dying',
  'i should die', 'deserve* die', 'plan to die', 'want*|wanna disappear', 'want*|wanna|gonna|going kms', 'suicid*',
  'cut*|slit*|slash* my wrist*', 'jump* off bridge|building|roof', 'overdos*', 'too many pills', 'swallow*|took pills',
  'pills|pill|meds to die',
  `${EN_WHO} hit*|beat*|hurt*|abus*|chok*|kick*|punch*|slap*|strangl*|rap*|molest*|touch*|threaten*|attack*|stab* me`,
  'was|been|being|get|gets|got|getting beaten|raped|molested|assaulted', 'raped|raping|rapist', 'molest*', 'incest',
  'sexual*|sexually assault*|abus*|molest*',
  'afraid|scared of my husband|wife|boyfriend|girlfriend|partner', 'abusive', 'domestic abus*', 'being abused',
  'not safe at|in home|house', 'unsafe at|in home|house', 'going|gonna|threaten*|wants|want to hurt|kill me', 'in danger',
  'afraid|scared|fear|fearing|terrified for my life', 'dont|not feel safe', 'stalk* me', 'being|been|was|am|im stalked', 'stalker',
  'trafficked', 'human|sex|labor traffick*', 'want*|wanna end it', 'depress*', 'hopeless*', 'desperate', 'worthless', 'panic attack*',
  'cant|cannot stop crying', 'mental|nervous breakdown', 'give up on life', 'self injur*',
  // Spanish
  'hacerme dano', 'lastimarme|cortarme|herirme', 'quiero|quisiera morir|morirme', 'no quiero vivir|seguir',
  'ninguna|sin|no razon|motivo para vivir', 'acabar|terminar con todo|mi vida', 'quitarme la vida', 'no puedo mas',
  'mejor sin mi', 'ganas de morir*', 'no quiero despertar*', 'quiero|quisiera estar muert*', 'cansad* de vivir|vida',
  'quiero|quisiera desaparecer', 'no vale pena vivir', 'cort* venas|munecas', 'pastillas|pildoras para morir*|matarme',
  `${ES_WHO} me pega|pegan|pego|pegaba|pegaban|golpe*|maltrat*|lastim*|amenaz*|viola|violo|violaron|abus*|toca|toco|tocaba|tocan|tocaron|manose*|ahorc*|patea|pateo|pateaba|cachete*`,
  `${ES_WHO} abus* mi`, 'me golpea|golpean|golpeo|golpeaba|golpearon|maltrat*|viola|violo|violaron|violan|pegan|manose*', 'abus* de mi',
  'violada|violado|golpeada|golpeado', 'agresion sexual',
  'no estoy segur* en casa', 'no me siento segur*', 'me va|van a matar|lastimar', 'me quiere|quieren matar|lastimar', 'deprimid*', 'depresion',
  'desesperad*', 'sin esperanza', 'demasiadas pastillas', 'tome|tomo muchas pastillas',
  // French
  'me faire du mal', 'me blesser|couper|scarifier', 'envie de mourir', 'veux mourir', 'plus envie de vivre', 'veux plus vivre',
  'aucune raison de vivre', 'pas de raison de vivre', 'en finir', 'mettre fin a mes jours|ma vie', 'me suicider', 'en peux plus',
  'mieux sans moi', 'veux|envie disparaitre', 'marre vie|vivre', 'veux|voudrais|prefererais etre mort|morte', 'veux pas|plus me reveiller',
  'coup*|ouvr* veines|poignets', 'medicaments|cachets pour mourir',
  `${FR_WHO} me|m frapp*|bat|bats|battu*|battait|battent|battre|maltrait*|menac*|viole|violee|violait|violent*|touch*|agress*|etrangl*|gifl*|cogne|cognait|cognent`,
  `${FR_WHO} abus* moi`, 'suis|ete|etais battu*|frappe*|viole|violee|agresse*', 'viol', 'violee', 'femme|femmes battue|battues', 'agression* sexuel*', 'abus sexuel*', 'attouchement*',
  'pas en securite a la maison|chez moi', 'va|veut me tuer', 'deprim*', 'desespere*', 'trop de medicaments|cachets',
  // Portuguese
  'me machucar|cortar|ferir', 'quero morrer', 'vontade de morrer', 'nao quero viver', 'nao quero acordar', 'nenhum|sem motivo para viver',
  'acabar com tudo', 'acabar com minha vida', 'tirar minha vida', 'tirar a minha vida', 'nao aguento mais', 'melhor sem mim',
  'quero|queria estar morto|morta', 'cansad* de viver|vida', 'quero|queria sumir|desaparecer', 'cort* pulso*', 'remedios|comprimidos|pilulas para morrer',
  `${PT_WHO} me bate|bateu|batia|batem|bateram|batendo|agred*|agrid*|machuc*|amea*|espanc*|estupr*|violent*|toca|tocou|tocava|abus*`,
  `${PT_WHO} abus* mim`, 'apanho|apanhei|apanhando|apanhava pai|mae|marido|namorado|padrasto|companheiro|irmao|tio',
  'estupr*', 'fui abusad*|violentad*', 'violencia sexual', 'agressao sexual',
  'nao estou segur* em casa', 'vai|quer me matar', 'deprimid*', 'depressao', 'desesperad*', 'sem esperanca',
  'remedios|comprimidos demais', 'muitos comprimidos|remedios',
  // Vietnamese (folded: no tones)
  'muon chet', 'khong muon song', 'ket thuc cuoc doi|song', 'lam dau|hai ban than', 'khong con ly do de song',
  'khong muon thuc day', 'muon bien mat', 'cat co tay', 'thuoc de chet', 'ket thuc tat ca',
  `${VI_WHO} danh|hanh|hiep|xam toi|em|con|minh|tao`, 'bi danh|hanh|hiep|xam',
  'khong an toan o nha', 'se|muon giet toi|em', 'tram cam', 'tuyet vong', 'qua nhieu thuoc',
  // Tagalog
  'saktan|sinasaktan ang sarili', 'gusto* mamatay', 'ayoko mabuhay', 'walang dahilan para mabuhay',
  'tapusin ang buhay', 'tapusin lahat', 'pagod sa buhay|mabuhay', 'ayoko|ayaw gumising', 'sana patay', 'gamot para mamatay',
  'naglaslas|maglaslas|naglalaslas', 'laslas pulso|kamay', 'sekswal aabuso|abuso',
  'sinasaktan|sinaktan|sasaktan|sinasampal|sinampal|ginugulpi|ginulpi|sinusuntok|sinuntok|sinisipa|sinipa|pinagbabantaan|pinagbantaan|hinihipuan|hinipuan|inaabuso|inabuso|pinapalo|pinalo ako|ko',
  'binubugbog|binugbog|bubugbugin|ginagahasa|ginahasa|gahasa|panggagahasa|hinalay|minomolestiya|minolestiya|molestiya',
  `nananakit|nanakit ${TL_WHO}`, `${TL_WHO} nananakit|nanakit`,
  'hindi ligtas sa bahay', 'papatayin ako', 'depres*', 'walang pag asa', 'sobrang daming gamot', 'maraming gamot ininom',
  // Arabic
  'اؤذي|اقتل|اجرح نفسي', 'اريد|اود ان اموت', 'لا اريد ان اعيش', 'لا سبب للعيش', 'انهي حياتي', 'لم اعد احتمل',
  'لا أستطيع|أقدر تحمل|أتحمل|أحتمل|احتمال', 'مش قادر|قادرة|قادره أتحمل|أحتمل', 'تعبت حياة', 'لا أريد|أود أستيقظ',
  'أريد|أود|أتمنى ميت*', 'أتمنى موت', 'حبوب موت|أموت', 'أشعر|أحس أموت|بالموت', 'قطعت|أقطع|جرحت شرايين|معصم*|وريد*',
  'إنهاء|أنهي كل شيء', 'أريد|أود أختفي|الاختفاء',
  'زوجي|صديقي|خطيبي|شريكي|زوجتي يضربني|يؤذيني|يهددني',
  'يضربني|تضربني|يضربونني|يضربوني|ضربني|ضربتني|ضربوني|يضربها|يغتصبني|اغتصبني|اغتصبوني|اغتصاب|يخنقني|خنقني|معنفة|معنفه',
  `${AR_WHO} يؤذيني|تؤذيني|آذاني|آذتني|يهددني|تهددني|هددني|هددتني|يلمسني|لمسني|يتحرش|تحرش|يعتدي|اعتدى|يعنفني|تعنفني`,
  'اعتداء جنسي', 'تحرش|يتحرش بي|جنسي',
  'لست بامان في البيت|المنزل', 'لا اشعر بالامان',
  'سيقتلني', 'يريد قتلي', 'مكتئب*', 'اكتئاب', 'ياس', 'حبوب كثيرة', 'بلعت حبوب',
  // Russian
  'причинить себе вред', 'реж* себя', 'убить себя', 'хочу умереть', 'не хочу жить', 'незачем жить',
  'покончить с собой|жизнью', 'покончить со всем', 'не хочу просыпаться', 'хочу|хотела|хотел быть мертв*', 'устал* жить|жизни',
  'нет сил жить', 'смысл* жить', 'хочу исчезнуть', 'порезал*|вскрыл*|вскрыть|резать вены', 'таблетк* умереть',
  `${RU_WHO} бь*|бил|била|били|избива*|избил*|удари*|угрожа*|насил*|изнасил*|домога*|трога*|душит|душил*`,
  'меня бь*|бил|била|били|избива*|избил*|удари*|насил*|изнасил*|домога*|трога*|душит|душил*',
  'изнасил*', 'растлени*|растлил*', 'избиени*|побои', 'сексуальн* насили*|домогательств*',
  'не в безопасности дома', 'убьет меня', 'меня убьет', 'депресси*',
  'безнадежн*', 'отчаяни*', 'много таблеток',
  // Haitian Creole
  'fe tet mwen mal', 'blese tet mwen', 'vle mouri', 'pa vle viv', 'pa gen rezon pou viv', 'fini ak lavi', 'fini ak tout bagay',
  'bouke lavi|viv', 'pa vle reveye', 'vle disparet', 'koupe ponyet', 'grenn mouri', 'santi mouri',
  `${HT_WHO} bat|frape|menase|vyole|abize|kale|maltrete|manyen mwen|m`, `${HT_WHO} fe m|mwen mal`,
  'vyole|vyol|kadejak', 'abi|agresyon seksyel',
  'pa an sekirite lakay', 'pral|vle touye m|mwen', 'deprime',
  'dekouraje', 'pa gen espwa', 'twop grenn',
];

/**
 * Crisis words that alarm only when the search says nothing else but who, when and how often: "cutting",
 * "i keep cutting" and "od", not "cutting hair" or "od meeting"; "ya no puedo", not "ya no puedo pagar la renta".
 */
export const LONE_PHRASES = [
  'cutting', 'od', 'kms', 'i give up', 'going|gonna jump', 'abusing me',
  'ya no puedo', 'ya no aguanto', 'me pega|pegan',
  'y arrive plus', 'me frappe|frappent',
  'nao consigo mais', 'me bate|batem',
  'pa ka|kapab anko', 'bat mwen|m',
  'khong chiu noi', 'chiu het noi', 'chong danh',
  'hindi|di ko na kaya', 'ayoko na',
  'больше не могу', 'не могу больше', 'бьет|бьют|избивает|избивают',
];

/** The words a lone phrase may come with. */
export const LONE_COMPANIONS = [
  'i im ive am me my keep keeps kept still again anymore more just so really started start stop been how to help now please',
  'yo ya mas ayuda', 'je j n moi vraiment', 'eu ja', 'mwen m vre', 'ako na talaga po', 'toi em minh nua roi that qua',
  'я уже просто так правда', 'انا',
].join(' ');

/**
 * Crisis words in another sense, taken out of the search before it is matched: substance use, not violence
 * ("alcohol abuse"), money ("financial crisis"), housing ("in danger of eviction"). Their words must be
 * next to each other.
 */
export const OTHER_SENSES = [
  'alcohol|drug|drugs|substance|substances|opioid|opioids|opiate|prescription|inhalant abuse|abuser|abusers',
  'abuse of alcohol|drugs|substances',
  'abus* de|del|do|da|d|des alcohol|alcool|drogas|drogue|drogues|sustancias|substancias|substances|estupefacientes',
  'financial|economic crisis', 'crisis financiera|economica',
  'danger of eviction|foreclosure|homelessness|shutoff|disconnection', 'danger of being evicted|homeless',
  'danger of losing my|our|the|a home|house|housing|apartment|job|benefits|lease|car',
  'hit me up',
  // Spanish "me pegó la gripa": gave me the flu.
  'pega|pego|pegaron|pegan la|el|los gripa|gripe|covid|resfriado|virus|piojos|sarna|chinches',
  // Vietnamese "đánh" is also to assess, type, brush (teeth), play (piano, cards), tax.
  'danh gia|may|rang|dan|bai|thue',
];

/**
 * Unspaced or freely spaced scripts (Chinese, Korean): each phrase is a substring of the folded text;
 * `…` allows up to ten characters (Korean letters count as their two or three parts) between its parts ("老公…打我": 老公又打我),
 * a space allows any spacing, and `a|b` in a part either.
 */
export const SUBSTRING_PHRASES = [
  // Chinese (simplified and traditional)
  '想死', '不想活', '活不下去', '结束…生命', '結束…生命', '伤害自己', '傷害自己', '割腕', '没有…理由活', '沒有…理由活',
  '老公|丈夫|男朋友|男友|伴侣|伴侶|爸|妈|媽|父|母|哥|姐|弟|妹|叔|舅|伯|姑|姨|爷|爺|奶|他|她|家人|有人…打我|揍我|伤害我|傷害我|摸我|威胁我|威脅我',
  '被…打了|打伤|打傷|家暴',
  '家里不安全', '家裡不安全',
  '要杀我', '要殺我', '抑郁', '憂鬱', '忧郁', '抑鬱', '绝望', '絕望', '吃了很多药', '吃了很多藥', '太多药', '太多藥', '撑不下去', '撐不下去',
  '受不了了', '再也受不了', '活着…没意思', '活著…沒意思', '不想醒来', '不想醒來', '生不如死', '想消失', '药…死', '藥…死', '结束一切', '結束一切',
  // Korean
  '죽고 싶', '살고 싶지 않', '살 이유가 없', '끝내고 싶', '자해', '자살',
  '남편|남자친구|남친|아내|여자친구|여친|아빠|아버지|엄마|어머니|새아빠|계부|새엄마|계모|오빠|언니|누나|동생|삼촌|이모|고모|할아버지|할머니|부모|가족|누가|누군가…때리|때려|한테 맞았|한테 맞고',
  '아동 학대|노인 학대|학대 당|학대를|학대받|학대해|학대 신고', '폭행', '성폭력', '강간', '성추행',
  '못 버티', '못 견디', '버틸 수 없', '견딜 수 없', '살기 싫', '깨어나고 싶지 않', '깨고 싶지 않', '죽었으면 좋겠', '사라지고 싶',
  '집이 안전하지 않', '나를 죽이', '우울', '절망', '약을 너무 많이', '손목…긋|그었|그어',
];
