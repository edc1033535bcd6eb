/**
 * Words that web pages put around an article, as data, in the languages the
 * analysts read most (English, French, German, Spanish, Russian, Armenian,
 * Italian, Portuguese, Ukrainian). Each entry is compared with a line's
 * lower-case letters and digits only (see `phraseKey`), so punctuation,
 * arrows and icons around the words do not matter.
 *
 * These lists are one signal among several (position, length, repetition,
 * script): a line matching none of them can still be furniture, and a list
 * that misses a site's wording is not a failure of the cleanup.
 */

import type { RemovedReason } from '../model/document';

/** Why a line was taken out of the article (stored with it in the document). */
export type FurnitureReason = RemovedReason;

/** A line that is nothing but one of these labels (with counts, icons or punctuation around it) is furniture. */
export const LABELS: Readonly<Record<'navigation' | 'share' | 'comments' | 'related' | 'prompt' | 'footer' | 'caption', readonly string[]>> = {
  navigation: [
    'skip to main content', 'skip to content', 'skip to navigation', 'accessibility links', 'accessibility help', 'menu', 'main menu',
    'search', 'home', 'homepage', 'sections', 'sign in', 'log in', 'login', 'register', 'my account', 'close', 'open menu', 'back to top',
    'next', 'previous', 'more', 'show more', 'load more', 'see all', 'view all', 'listen', 'listen to this article', 'play', 'watch',
    'advertisement', 'sponsored', 'sponsored content', 'ad', 'live', 'breaking', 'breaking news', 'latest', 'latest news', 'top stories',
    'news', 'world', 'politics', 'business', 'economy', 'sport', 'sports', 'opinion', 'culture', 'science', 'tech', 'technology', 'health',
    'video', 'videos', 'audio', 'podcasts', 'photos', 'gallery', 'weather', 'europe', 'asia', 'africa', 'americas', 'middle east', 'us', 'uk',
    'aller au contenu', 'aller au contenu principal', 'accueil', 'rechercher', 'recherche', 'se connecter', 'connexion', 'fermer',
    'publicité', 'monde', 'politique', 'économie', 'international', 'société', 'en direct', 'à la une', 'lire plus tard', 'écouter',
    'zum inhalt springen', 'zum hauptinhalt springen', 'startseite', 'suche', 'anmelden', 'schließen', 'anzeige', 'werbung', 'politik',
    'wirtschaft', 'ausland', 'inland', 'kultur', 'meinung', 'mehr', 'weiterlesen', 'vorlesen', 'hören', 'artikel anhören',
    'перейти к содержанию', 'перейти к основному содержанию', 'главная', 'поиск', 'войти', 'меню', 'закрыть', 'реклама', 'новости',
    'политика', 'экономика', 'в мире', 'общество', 'культура', 'спорт', 'происшествия', 'мнения', 'ещё', 'еще', 'все новости', 'слушать',
    'ir al contenido', 'saltar al contenido', 'inicio', 'portada', 'buscar', 'iniciar sesión', 'menú', 'cerrar', 'publicidad', 'política',
    'economía', 'internacional', 'sociedad', 'opinión', 'deportes', 'más', 'escuchar', 'últimas noticias',
    'vai al contenuto', 'pubblicità', 'ir para o conteúdo', 'publicidade', 'перейти до вмісту', 'головна', 'пошук', 'новини',
    'մատչելիության հղումներ', 'անցնել հիմնական բովանդակությանը', 'գլխավոր', 'որոնում', 'լուրեր', 'քաղաքականություն', 'տնտեսություն',
    'հասարակություն', 'մշակույթ', 'սպորտ', 'աշխարհ', 'տեսանյութ', 'տեսանյութեր', 'ֆոտո', 'ավելին', 'մուտք', 'փակել', 'ընտրացանկ',
  ],
  share: [
    'share', 'share this', 'share this article', 'share this story', 'share this post', 'share this post on', 'share on facebook',
    'share on twitter', 'share on x', 'share on linkedin', 'share via email', 'tweet', 'facebook', 'twitter', 'x', 'linkedin',
    'whatsapp', 'telegram', 'email', 'e mail', 'print', 'copy link', 'copy', 'link copied', 'reddit', 'pinterest', 'messenger', 'vk',
    'вконтакте', 'одноклассники', 'threads', 'bluesky', 'mastodon', 'flipboard', 'save', 'bookmark', 'gift article', 'share article',
    'partager', 'partager sur facebook', 'partager sur twitter', 'partager cet article', 'imprimer', 'copier le lien', 'envoyer par e mail',
    'teilen', 'artikel teilen', 'drucken', 'link kopieren', 'per e mail teilen', 'merken',
    'поделиться', 'поделиться в', 'распечатать', 'скопировать ссылку', 'копировать ссылку', 'отправить',
    'compartir', 'compartir en facebook', 'compartir en twitter', 'imprimir', 'copiar enlace', 'enviar por correo',
    'condividi', 'compartilhar', 'поширити', 'поділитися', 'կիսվել', 'տարածել', 'տպել', 'պատճենել հղումը',
  ],
  comments: [
    'comments', 'comment', 'leave a comment', 'leave a reply', 'post a comment', 'add a comment', 'view comments', 'show comments',
    'join the conversation', 'join the discussion', 'reply', 'replies', 'you need to login to leave a comment', 'log in to comment',
    'commentaires', 'commentaire', 'laisser un commentaire', 'réagir', 'kommentare', 'kommentar', 'kommentieren', 'kommentar schreiben',
    'комментарии', 'комментарий', 'оставить комментарий', 'обсуждение', 'comentarios', 'comentario', 'deja un comentario', 'dejar un comentario',
    'commenti', 'comentários', 'коментарі', 'մեկնաբանություններ', 'մեկնաբանել', 'թողնել մեկնաբանություն',
  ],
  related: [
    'related', 'related articles', 'related stories', 'related news', 'related content', 'related topics', 'read more', 'read next', 'read also',
    'more on this story', 'more from', 'more stories', 'more news', 'most read', 'most popular', 'most viewed', 'trending', 'trending now',
    'recommended', 'recommended for you', 'you may also like', 'you might also like', 'also read', 'see also', 'topics', 'tags', 'source link',
    'sur le même sujet', 'à lire aussi', 'lire aussi', 'les plus lus', 'voir aussi', 'dans la même rubrique', 'articles liés',
    'mehr zum thema', 'lesen sie auch', 'das könnte sie auch interessieren', 'meistgelesen', 'themen', 'weitere artikel', 'auch interessant',
    'читайте также', 'по теме', 'самое читаемое', 'популярное', 'похожие новости', 'другие новости', 'теги', 'смотрите также',
    'lee también', 'te puede interesar', 'lo más leído', 'más noticias', 'noticias relacionadas', 'temas', 'etiquetas', 'ver también',
    'leggi anche', 'leia também', 'читайте також', 'նաև կարդացեք', 'կարդացեք նաև', 'առնչվող', 'առավել ընթերցված', 'թեմաներ',
  ],
  prompt: [
    'accept', 'accept all', 'accept cookies', 'reject all', 'manage cookies', 'cookie settings', 'manage preferences', 'i agree', 'got it',
    'subscribe', 'subscribe now', 'sign up', 'newsletter', 'sign up for our newsletter', 'get the newsletter', 'follow us',
    'tout accepter', 'tout refuser', 'accepter', 'je m abonne', 's abonner', 'abonnez vous', 'suivez nous',
    'alle akzeptieren', 'akzeptieren', 'ablehnen', 'abonnieren', 'jetzt abonnieren', 'folgen sie uns',
    'принять', 'принять все', 'подписаться', 'подпишитесь', 'подписывайтесь', 'aceptar', 'aceptar todo', 'suscríbete', 'suscribirse', 'síguenos',
    'ընդունել', 'բաժանորդագրվել', 'հետևեք մեզ',
  ],
  footer: [
    'all rights reserved', 'privacy policy', 'privacy', 'terms of use', 'terms of service', 'terms and conditions', 'cookie policy', 'contact',
    'contact us', 'about us', 'about', 'advertise', 'advertise with us', 'careers', 'help', 'faq', 'sitemap', 'site map', 'rss', 'imprint',
    'tous droits réservés', 'mentions légales', 'politique de confidentialité', 'nous contacter', 'qui sommes nous', 'plan du site',
    'alle rechte vorbehalten', 'impressum', 'datenschutz', 'datenschutzerklärung', 'kontakt', 'agb', 'über uns',
    'все права защищены', 'политика конфиденциальности', 'контакты', 'о нас', 'о проекте', 'карта сайта', 'редакция',
    'todos los derechos reservados', 'política de privacidad', 'aviso legal', 'contacto', 'quiénes somos', 'mapa del sitio',
    'tutti i diritti riservati', 'todos os direitos reservados', 'усі права захищені', 'բոլոր իրավունքները պաշտպանված են', 'կապ', 'մեր մասին',
  ],
  caption: ['image', 'photo', 'video', 'file photo', 'getty images', 'reuters', 'ap', 'afp', 'epa', 'фото', 'foto', 'լուսանկար'],
};

/**
 * A line that starts with one of these is furniture whatever follows: cookie
 * and newsletter prompts are whole sentences, captions and credits carry names.
 */
export const OPENINGS: Readonly<Record<'prompt' | 'caption' | 'related' | 'footer' | 'share' | 'navigation', readonly string[]>> = {
  prompt: [
    'we use cookies', 'this site uses cookies', 'this website uses cookies', 'by continuing to use', 'by using this site', 'sign up for',
    'subscribe to', 'get our newsletter', 'get the latest', 'enter your email', 'already a subscriber', 'already have an account',
    'you have reached', 'to continue reading', 'support independent journalism', 'support our journalism', 'download our app',
    'follow us on', 'turn on notifications', 'you need to login', 'you need to log in', 'log in to', 'sign in to',
    'nous utilisons des cookies', 'ce site utilise des cookies', 'en poursuivant votre navigation', 'inscrivez vous', 'abonnez vous à',
    'recevez notre newsletter', 'téléchargez notre application', 'suivez nous sur', 'cet article est réservé aux abonnés',
    'wir verwenden cookies', 'diese website verwendet cookies', 'diese seite verwendet cookies', 'melden sie sich', 'abonnieren sie',
    'jetzt registrieren', 'folgen sie uns auf', 'dieser artikel ist nur für abonnenten',
    'мы используем файлы cookie', 'мы используем cookie', 'этот сайт использует', 'продолжая использовать', 'подпишитесь на',
    'подписывайтесь на', 'читайте нас в', 'следите за новостями', 'скачайте приложение',
    'utilizamos cookies', 'usamos cookies', 'este sitio utiliza cookies', 'este sitio web utiliza cookies', 'suscríbete a', 'regístrate',
    'síguenos en', 'descarga nuestra app', 'մենք օգտագործում ենք', 'բաժանորդագրվեք', 'հետևեք մեզ',
  ],
  caption: [
    'image source', 'image caption', 'media caption', 'photo credit', 'photo by', 'photo:', 'photograph:', 'picture:', 'image:',
    'pictured:', 'file photo', 'credit:', 'source de l image', 'légende de l image', 'crédit photo', 'photo :', 'bildquelle',
    'bildunterschrift', 'foto:', 'источник изображения', 'подпись к фото', 'фото:', 'фото -', 'fuente de la imagen', 'pie de foto',
    'imagen:', 'լուսանկարը՝', 'լուսանկար՝',
  ],
  related: [
    'read more:', 'read more about', 'read also:', 'also read:', 'related:', 'see also:', 'more:', 'watch:', 'listen:', 'read the full',
    'lire aussi', 'à lire aussi', 'voir aussi :', 'lesen sie auch', 'mehr zum thema', 'lesen sie mehr', 'читайте также', 'читать также',
    'по теме:', 'смотрите также', 'lee también', 'lea también', 'ver también', 'te puede interesar', 'leggi anche', 'leia também',
    'նաև կարդացեք', 'կարդացեք նաև', 'originally published', 'this article was originally', 'this story was originally', 'source link',
  ],
  footer: [
    'copyright ©', 'copyright (c)', 'copyright 19', 'copyright 20', '©', '(c) 20', 'all rights reserved', 'tous droits réservés', 'alle rechte vorbehalten', 'все права защищены',
    'todos los derechos reservados', 'при использовании материалов', 'при цитировании', 'reproduction interdite', 'the views expressed',
    'this material may not be published', 'nachdruck', 'նյութերի օգտագործման', 'բոլոր իրավունքները',
  ],
  share: ['share this', 'share on', 'partager sur', 'teilen auf', 'поделиться в', 'compartir en', 'կիսվել'],
  navigation: ['home >', 'home /', 'home ›', 'you are here', 'accueil >', 'startseite >', 'главная >', 'главная /', 'inicio >', 'գլխավոր >'],
};

/** Labels before a byline ("By Ann Writer", "Par Anne Auteur", "Von …", "Автор: …"), lower case. */
export const BYLINE_OPENINGS = [
  'by', 'written by', 'words by', 'story by', 'reporting by', 'author:', 'authors:', 'par', 'de', 'texte :', 'texte:', 'auteur :',
  'auteur:', 'von', 'text:', 'autor:', 'autorin:', 'автор:', 'автор', 'авторы:', 'текст:', 'por', 'escrito por', 'redacción:', 'di',
  'door', 'av', 'հեղինակ՝', 'հեղինակ:',
];

/** Bylines that name a desk rather than a person, whole and lower case. */
export const DESK_BYLINES = [
  'staff reporter', 'staff writer', 'staff', 'news desk', 'newsroom', 'agencies', 'wire services', 'editorial staff', 'the associated press',
  'la rédaction', 'rédaction', 'avec afp', 'redaktion', 'die redaktion', 'mit material von dpa', 'редакция', 'редакция сайта',
  'redacción', 'la redacción', 'agencias', 'խմբագրություն',
];

/** Labels before a date ("Published 3 May 2024", "Mis à jour le …"), lower case. */
export const DATE_OPENINGS = [
  'published', 'published on', 'updated', 'last updated', 'posted', 'posted on', 'first published', 'date:', 'publié le', 'publié',
  'mis à jour le', 'mis à jour', 'modifié le', 'veröffentlicht', 'veröffentlicht am', 'aktualisiert', 'aktualisiert am', 'stand:',
  'опубликовано', 'обновлено', 'дата публикации:', 'publicado', 'publicado el', 'actualizado', 'actualizado el', 'fecha:',
  'հրապարակվել է', 'թարմացվել է',
];

/** Wire agencies named in a dateline ("YEREVAN (Reuters) -"), with how they are usually written. */
export const WIRE_AGENCIES = [
  'Reuters', 'AP', 'AFP', 'dpa', 'DPA', 'EFE', 'ANSA', 'TASS', 'ТАСС', 'РИА Новости', 'Интерфакс', 'Interfax', 'Xinhua', 'Bloomberg',
  'UPI', 'PAP', 'Anadolu', 'Armenpress', 'Արմենպրես', 'Europa Press', 'APA', 'Kyodo', 'Yonhap', 'CTK', 'ČTK', 'Belga', 'Lusa',
];

/** Short labels that are controls, not words: font and size pickers, pagers. Compared with the whole line. */
export const CONTROL_TOKENS = new Set([
  'xs', 's', 'sm', 'm', 'md', 'l', 'lg', 'xl', 'xxl', 'a', 'a+', 'a-', 'a++', 'aa', '+', '-', '|', '•', '·', '…', '...', '»', '«',
  '<', '>', '‹', '›', '←', '→', '↑', '×', '✕', '✓', '▶', '►', '🔊', 'aa+', 'aa-',
]);
