/**
 * How people in crisis say it in their own words, in every interface language: self-harm, suicidal
 * thoughts said indirectly, overdose, abuse by a partner, immediate danger and strong distress. Reviewed
 * with the translations (TRANSLATIONS.md, "Crisis phrases").
 *
 * Spaced scripts: each phrase is a word sequence matched on folded words (no case, accents or Arabic
 * prefixes), with up to three other words allowed between its words ("want to really die"). A word
 * ending in `*` matches any word starting so ("hurt*": hurts, hurting); `a|b` matches either word.
 */
export const PHRASES = [
  // English
  'hurt*|harm*|cut*|cutting|burn*|injur* myself', 'kill*|shoot*|hang*|drown* myself', 'kill my self',
  'want*|wanna die', 'wish* i was|were dead', 'better off dead', 'better off without me',
  'no|nothing reason|point live|living|alive', 'nothing to live for', 'end it all', 'end*|take* my life',
  'cant|cannot go on', 'dont|not want* live|alive|living|exist', 'tired of living', 'suicid*',
  'jump* off bridge|building|roof', 'overdos*', 'too many pills', 'swallow*|took pills', 
  'husband|wife|boyfriend|girlfriend|partner|spouse|ex|bf|gf|he|she hit*|beat*|hurt*|abus*|chok*|kick*|punch*|slap*|strangl*|rap* me',
  'afraid|scared of my husband|wife|boyfriend|girlfriend|partner', 'abusive', 'domestic abus*', 'being abused',
  'not safe at|in home|house', 'unsafe at|in home|house', 'going|gonna|threaten*|wants|want to hurt|kill me', 'in danger',
  'afraid|fear for my life', 'depress*', 'hopeless*', 'desperate', 'worthless', 'panic attack*',
  'cant|cannot stop crying', 'mental|nervous breakdown', 'give up on life', 'self injur*',
  // Spanish
  'hacerme dano', 'lastimarme|cortarme|herirme', 'quiero|quisiera morir|morirme', 'no quiero vivir|seguir',
  'ninguna|sin|no razon|motivo para vivir', 'acabar|terminar con todo|mi vida', 'quitarme la vida', 'no puedo mas',
  'mejor sin mi', 'esposo|marido|novio|pareja|esposa|novia|expareja me pega*|golpea*|maltrat*|lastim*|amenaz*|viola*',
  'no estoy segur* en casa', 'no me siento segur*', 'me va|van a matar|lastimar', 'me quiere|quieren matar|lastimar', 'deprimid*', 'depresion',
  'desesperad*', 'sin esperanza', 'demasiadas pastillas', 'tome|tomo muchas pastillas',
  // French
  'me faire du mal', 'me blesser|couper|scarifier', 'envie de mourir', 'veux mourir', 'plus envie de vivre',
  'aucune raison de vivre', 'pas de raison de vivre', 'en finir', 'mettre fin a mes jours|ma vie', 'me suicider', 'n en peux plus',
  'mieux sans moi', 'mari|conjoint|copain|compagnon|femme|copine|ex me frappe*|bat|battre|maltraite*|menace*|viole*',
  'pas en securite a la maison|chez moi', 'va|veut me tuer', 'deprim*', 'desespere*', 'trop de medicaments|cachets',
  // Portuguese
  'me machucar|cortar|ferir', 'quero morrer', 'nao quero viver', 'nenhum|sem motivo para viver',
  'acabar com tudo', 'acabar com minha vida', 'tirar minha vida', 'tirar a minha vida', 'nao aguento mais', 'melhor sem mim',
  'marido|namorado|companheiro|parceiro|esposa|namorada|mulher|ex me bate*|agride*|machuca*|ameaca*|espanca*',
  'nao estou segur* em casa', 'vai|quer me matar', 'deprimid*', 'depressao', 'desesperad*', 'sem esperanca',
  'remedios|comprimidos demais', 'muitos comprimidos|remedios',
  // Vietnamese (folded: no tones)
  'muon chet', 'khong muon song', 'ket thuc cuoc doi|song', 'lam dau|hai ban than',
  'khong con ly do de song', 'chong|vo danh toi|em', 'ban trai|gai danh toi|em', 'chong|vo bao hanh toi|em', 'khong an toan o nha',
  'se|muon giet toi|em', 'tram cam', 'tuyet vong', 'qua nhieu thuoc',
  // Tagalog
  'saktan|sinasaktan ang sarili', 'gusto* mamatay', 'ayoko mabuhay', 'walang dahilan para mabuhay',
  'tapusin ang buhay', 'sinasaktan|binubugbog|sinampal|ginugulpi ako', 'hindi ligtas sa bahay', 'papatayin ako',
  'depres*', 'walang pag asa', 'sobrang daming gamot', 'maraming gamot ininom',
  // Arabic
  'اؤذي|اقتل|اجرح نفسي', 'اريد|اود ان اموت', 'لا اريد ان اعيش', 'لا سبب للعيش', 'انهي حياتي', 'لم اعد احتمل',
  'زوجي|صديقي|خطيبي|شريكي|زوجتي يضربني|يؤذيني|يهددني', 'يضربني', 'لست بامان في البيت|المنزل', 'لا اشعر بالامان',
  'سيقتلني', 'يريد قتلي', 'مكتئب*', 'اكتئاب', 'ياس', 'حبوب كثيرة', 'بلعت حبوب',
  // Russian
  'причинить себе вред', 'реж* себя', 'убить себя', 'хочу умереть', 'не хочу жить', 'незачем жить',
  'покончить с собой|жизнью', 'не могу больше', 'муж|парень|сожитель|партнер|жена бьет|избивает|угрожает',
  'не в безопасности дома', 'убьет меня', 'меня убьет', 'депресси*',
  'безнадежн*', 'отчаяни*', 'много таблеток',
  // Haitian Creole
  'fe tet mwen mal', 'blese tet mwen', 'vle mouri', 'pa vle viv', 'pa gen rezon pou viv', 'fini ak lavi',
  'mari|mennaj|patne|madanm bat|frape|menase mwen', 'pa an sekirite lakay', 'pral|vle touye m|mwen', 'deprime',
  'dekouraje', 'pa gen espwa', 'twop grenn',
];

/**
 * Unspaced or freely spaced scripts (Chinese, Korean): each phrase is a substring of the folded text;
 * `…` allows up to ten characters (Korean letters count as their two or three parts) between its parts ("老公…打我": 老公又打我), and a space allows any spacing.
 */
export const SUBSTRING_PHRASES = [
  // Chinese (simplified and traditional)
  '想死', '不想活', '活不下去', '结束…生命', '結束…生命', '伤害自己', '傷害自己', '割腕', '没有…理由活', '沒有…理由活',
  '老公…打我', '丈夫…打我', '男朋友…打我', '男友…打我', '伴侣…打我', '伴侶…打我', '家里不安全', '家裡不安全',
  '要杀我', '要殺我', '抑郁', '憂鬱', '忧郁', '抑鬱', '绝望', '絕望', '吃了很多药', '吃了很多藥', '太多药', '太多藥', '撑不下去', '撐不下去',
  // Korean
  '죽고 싶', '살고 싶지 않', '살 이유가 없', '끝내고 싶', '자해', '자살', '남편이…때', '남자친구가…때', '남친이…때',
  '집이 안전하지 않', '나를 죽이', '우울', '절망', '약을 너무 많이', '손목을 긋',
];
