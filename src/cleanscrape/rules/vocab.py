"""Vocabularies the rules read, kept as data in one place.

Each entry is a tuple of phrases; rules build their patterns from them with
``patterns.words_alternation``. Add a language by adding phrases, not code.
Phrases are matched case-insensitively, with flexible spaces.
"""

from __future__ import annotations

# the words a date is read by live below the rules, in datewords.py (dates.py reads them)
from ..datewords import MONTHS as MONTHS
from ..datewords import PUBLISHED_WORDS as PUBLISHED_WORDS
from ..datewords import WEEKDAYS as WEEKDAYS

# Photo agencies and picture desks. A credit names one of these, or has the
# shape of one (see rules/credits.py).
AGENCIES = (
    "Reuters", "REUTERS", "AP", "AP Photo", "AP Images", "Associated Press", "AFP", "AFP Photo",
    "Agence France-Presse", "Getty Images", "Getty", "Getty Images News", "Getty Images Sport",
    "Bloomberg", "Bloomberg via Getty Images", "EPA", "EPA-EFE", "EFE", "dpa", "DPA",
    "picture alliance", "picture-alliance", "Picture Alliance", "Keystone", "ANSA", "Xinhua",
    "Anadolu", "Anadolu Agency", "Anadolu via Getty Images", "Sipa", "Sipa USA",
    "SOPA Images", "LightRocket", "NurPhoto", "Shutterstock", "iStock", "iStockphoto", "Alamy",
    "Alamy Stock Photo", "Corbis", "PA", "PA Wire", "PA Images", "PA Media", "Press Association",
    "Pool", "POOL", "UPI", "ZUMA", "ZUMA Press", "ZUMA Wire", "Imago", "IMAGO", "Kyodo",
    "Yonhap", "TASS", "Europa Press", "Unsplash", "Pexels", "Wikimedia Commons", "NASA",
    "The Washington Post", "The New York Times", "Bloomberg News", "Handout",
    "Courtesy", "File", "File Photo", "Stock Photo", "Staff", "Staff Photographer",
    "Contributor", "Photographer", "Illustration", "dpa-Zentralbild", "ddp", "ullstein bild",
    "Cordon Press", "Efe", "Notimex", "Telam", "Télam", "Hans Lucas", "Hans Lucas via AFP",
    "WireImage", "FilmMagic", "Sportsfile", "Icon Sportswire", "USA TODAY Sports",
    "Imagn", "Imagn Images", "Newscom", "Rex", "Rex Features", "Shutterstock via AP",
    # national agencies of smaller countries, and the Portuguese "reproduction" / "publicity" credits
    "ANP", "Belga", "NTB", "Scanpix", "NTB Scanpix", "Ritzau", "Ritzau Scanpix", "Lehtikuva",
    "APA", "APA-PictureDesk", "Lusa", "Agência Brasil", "Agencia Brasil", "KNA", "epd", "PAP", "CTK",
    "ČTK", "MTI", "Hollandse Hoogte", "Reprodução", "Divulgação", "AAP", "Supplied",
)

# Words that introduce a credit: "Photo: Jane Roe/AP", "Foto: dpa".
CREDIT_LABELS = (
    # en
    "Photo", "Photos", "Photograph", "Photography", "Photo credit", "Image", "Images",
    "Image credit", "Picture", "Pictures", "Credit", "Credits", "Illustration",
    "Graphic", "Source", "Photo illustration", "Pic", "Pics", "Photo by", "Image by", "Picture by",
    "Photograph by", "Photographs by", "Lead image", "Top image", "Main image", "Cover image",
    # de
    "Foto", "Fotos", "Bild", "Bilder", "Bildquelle", "Quelle", "Grafik", "Titelbild",
    # es / pt / it
    "Fotografía", "Imagen", "Imágenes", "Crédito", "Créditos", "Fuente", "Fotografia",
    "Immagine", "Foto di", "Imagem", "Créditos da imagem",
    # nl
    "Beeld", "Afbeelding",
    # fr
    "Crédit photo", "Crédits photo", "Crédit", "Photo d'illustration", "Illustration",
    # ru / pl / tr
    "Фото", "Источник", "Fot", "Fot.", "Źródło", "Fotoğraf", "Kaynak",
    # zh / ja / ko (with a full-width colon: `图片来源：...`)
    "图片来源", "图片", "图源", "摄影", "来源", "写真", "出典", "提供", "사진", "출처",
)

# Lines that introduce a video: "WATCH: ...".
TEASER_LABELS = (
    "WATCH", "Watch", "Watch now", "WATCH NOW", "WATCH LIVE", "Watch live", "VIDEO", "Video",
    "LISTEN", "Listen", "Podcast", "PODCAST", "GALLERY", "Gallery", "PHOTOS", "Photos",
    "IN PICTURES", "In pictures", "SLIDESHOW", "Slideshow",
    "Video ansehen", "Mira", "Ver vídeo", "Ver video", "Vidéo", "Regarder", "À voir",
    "SE VIDEON", "Se videon", "SE KLIPPET", "Se klippet", "Assista", "ASSISTA", "Bekijk", "ZOBACZ WIDEO", "Zobacz wideo",
    "İZLE", "İzle",
)

# Prefixes of a link to another story: "Read more: ...".
RELATED_PREFIXES = (
    # en
    "Read more", "READ MORE", "Read also", "Also read", "ALSO READ", "Related", "RELATED",
    "Related story", "Related article", "Related content", "Related coverage", "More",
    "MORE", "See also", "SEE ALSO", "Don't miss", "DON'T MISS", "Recommended", "Further reading",
    "Read next", "READ NEXT", "Up next", "UP NEXT", "Next", "More on this story",
    "More from", "You may also like", "You might also like", "Must read", "MUST READ",
    "Latest", "Click here", "Sponsored", "Opinion", "Related Reading", "Related reading",
    "Recommended Reading", "Recommended reading", "Suggested Reading", "Suggested reading",
    # de
    "Lesen Sie auch", "Lesen Sie mehr", "Mehr zum Thema", "Auch interessant", "Weiterlesen",
    "Mehr dazu", "Das könnte Sie auch interessieren", "Zum Thema", "Lesetipp",
    # es
    "Lee también", "Lea también", "Leer más", "Te puede interesar", "Le puede interesar",
    "Más información", "Relacionado", "Relacionada", "Noticia relacionada", "Ver más",
    "También te puede interesar", "Puede interesarte",
    # fr
    "Lire aussi", "À lire aussi", "A lire aussi", "Lire la suite", "Voir aussi",
    "À lire également", "Sur le même sujet", "En savoir plus",
    # pt / it / nl
    "Leia também", "Leia mais", "Veja também", "Saiba mais", "Leggi anche", "Leggi di più", "Lees ook",
    "Lees meer",
    # sv / da-no / pl / ru / tr / el / he / ar / hi / vi / zh / ja / ko
    "Läs också", "Läs mer", "Les også", "Læs også", "Czytaj także", "Czytaj też", "Читайте также",
    "Ilgili haber", "İlgili haber", "Διαβάστε επίσης", "Διαβάστε ακόμη", "קראו עוד",
    "קראו גם", "اقرأ أيضا", "اقرأ أيضاً", "यह भी पढ़ें", "ये भी पढ़ें", "Xem thêm", "Đọc thêm", "延伸阅读",
    "延伸閱讀", "相关阅读", "相关新闻", "함께 보면 좋은 기사",
)

# Headings of the story lists that follow an article ("Trending", "Most Popular").
FOOTER_HEADINGS = (
    # en
    "Trending", "Trending now", "Trending stories", "Trending news", "Trending topics",
    "Most Popular", "Most popular", "Most read", "Most Read", "Most viewed", "Most shared",
    "Popular", "Popular now", "Popular stories", "Popular posts", "Latest", "Latest news",
    "Latest stories", "Latest articles", "Latest posts", "Latest headlines", "Top stories",
    "Top Stories", "Top news", "Recommended", "Recommended for you", "Recommended stories",
    "You may also like", "You might also like", "You may have missed", "Related",
    "Related stories", "Related articles", "Related posts", "Related news", "Related coverage",
    "Related content", "More stories", "More news", "More from", "More in", "More articles",
    "More to read", "Read next", "Up next", "What to read next", "Editor's picks",
    "Editors' picks", "Don't miss", "Must read", "Recent posts", "Recent articles",
    "In case you missed it", "Also on", "Around the web", "From the web", "Sponsored stories",
    "Promoted stories", "Partner content", "Featured", "Featured stories", "Newsletters",
    "Explore more", "Keep reading", "In other news", "News in brief",
    # de
    "Meistgelesen", "Meistgelesene Artikel", "Am meisten gelesen", "Beliebt", "Neueste Artikel",
    "Aktuelle Nachrichten", "Weitere Artikel", "Mehr aus", "Auch interessant", "Empfehlungen",
    "Das könnte Sie auch interessieren", "Top-Themen", "Top Themen", "Neu", "Mehr zum Thema",
    # es
    "Lo más leído", "Lo más visto", "Más leídas", "Más leído", "Más noticias", "Tendencias",
    "Últimas noticias", "Te puede interesar", "Noticias relacionadas", "Recomendados",
    "Te recomendamos", "Ti consigliamo", "Recomendamos", "Aanbevolen",
    "Lo último", "Más vistas",
    # fr
    "Les plus lus", "Les plus populaires", "À la une", "Tendances", "Dernières actualités",
    "Articles similaires", "Sur le même sujet", "À lire aussi", "Les plus partagés",
    "Derniers articles", "Populaires",
    # pt / it / nl
    "Você pode gostar", "Você também pode gostar", "Veja também", "Leia também", "Mais lidas",
    "Últimas notícias", "Notícias relacionadas", "Leggi anche", "Ti potrebbe interessare", "I più letti",
    "Articoli correlati", "Ultime notizie", "Lees ook", "Meest gelezen", "Meer nieuws", "Gerelateerd",
    # sv / pl / tr
    "Mest läst", "Mest lästa", "Senaste nytt", "Najczęściej czytane", "Najnowsze", "Zobacz też", "Zobacz także",
    "İlgili Haberler", "Benzer Haberler", "Çok Okunanlar", "Son Dakika Haberleri",
    # zh / ja / ko
    "相关新闻", "相关阅读", "相关文章", "相关报道", "推荐阅读", "热门推荐", "热点新闻", "热门文章", "关联记事",
    "関連記事", "関連ニュース", "人気記事", "관련기사", "많이 본 뉴스",
)

# Whole lines of site furniture, by family. Matched as the entire line
# (optionally ending in ':', '›', '»', '>' or an arrow).
SOCIAL = (
    "Connect with us", "Follow us", "Follow us on", "Follow us on social media", "Find us on",
    "Join us on", "Like us on Facebook", "Follow us on Twitter", "Follow us on X",
    "Follow us on Instagram", "Stay connected", "Social media", "Follow", "Unfollow", "Follow the author",
    "Google News", "Follow us on Google News",
    "Folgen Sie uns", "Folge uns", "Síguenos", "Síguenos en", "Suivez-nous", "Nous suivre",
)

SHARE_WORDS = (
    "Share", "Share this", "Share this article", "Share this story", "Share this post",
    "Share on", "Share on Facebook", "Share on Twitter", "Share on X", "Share on LinkedIn",
    "Share on WhatsApp", "Share via Email", "Share via", "Share to", "Tweet", "Tweet this", "Pin",
    "Pin it", "Email", "E-mail", "Email this", "Print", "Print this", "Print this page", "Print this article", "Copy link",
    "Copy Link", "Link copied", "Copy article link", "Purchase Licensing Rights", "Link kopieren", "Copier le lien",
    "Zur Merkliste hinzufügen", "Merkliste", "Auf die Merkliste", "Artikel merken",
    "Copiar enlace", "Copiar link", "Copia link", "Buy Now", "BlogThis!", "Facebook", "Twitter", "X", "LinkedIn", "WhatsApp",
    "Telegram", "Reddit", "Pinterest", "Flipboard", "Messenger", "Threads", "Bluesky",
    "Mastodon", "Instagram", "YouTube", "TikTok", "SMS", "Comments", "Comment", "Save",
    "Save article", "Bookmark", "Bookmark this", "Like this", "Like Loading...", "Like Loading", "Gift this article", "Gift article", "Teilen", "Artikel teilen",
    "Drucken", "Kommentare", "Merken", "Compartir", "Compartir en", "Imprimir",
    "Comentarios", "Guardar", "Partager", "Partager sur", "Imprimer", "Commentaires",
    "Enregistrer", "Enviar por WhatsApp", "Enviar por email", "Enviar por correo", "Compartilhe",
    "Compartilhar", "Partilhar", "Condividi", "Delen", "Report a typo", "Report an error", "Report a correction", "Suggest a correction",
    "Share or comment on this article", "Share or comment on this story", "Submit a correction", "Fehler melden", "Reportar un error", "Signaler une erreur", "Segnala un errore",
    "分享到", "分享", "微信", "微博", "朋友圈", "QQ空间", "シェア", "ツイート", "공유",
)

ADVERT = (
    "Advertisement", "ADVERTISEMENT", "Advertisment", "Ad", "Ads", "Sponsored",
    "Sponsored content", "Paid content", "Paid post", "Promoted", "Story continues below", "Story continues", "Article continues",
    "Story continues below advertisement", "Article continues below", "Article continues below advertisement",
    "Continue reading below", "Scroll to continue", "Scroll to continue with content",
    "Skip Advertisement", "Skip Ad", "Skip ad", "Advertise with us", "Sponsor Message", "Sponsor message",
    "Supported by", "Continue reading the main story", "Ad Feedback", "AD FEEDBACK", "Advertising", "ADVERTISING",
    "Article continues below this ad", "Story continues below this ad", "Content continues below",
    "Sponsored message", "Anzeige", "Werbung", "Publicidad", "Weiterlesen nach der Anzeige", "Annons", "ANNONS",
    "Lesen Sie nach der Anzeige weiter", "La suite après cette publicité", "La suite après la publicité",
    "Publicidade", "Publicité", "Pubblicità", "Contenido patrocinado", "Advertentie", "Reklam", "Reklama",
    "Реклама", "Διαφήμιση", "ΔΙΑΦΗΜΙΣΗ", "פרסומת", "إعلان", "विज्ञापन", "Quảng cáo", "광고", "广告", "広告", "廣告",
)

BOUNDARY = (
    "Continue Reading", "Continue reading", "Continue reading this article", "Read full article",
    "Read the full article", "Read the full story", "Read full story", "Keep reading",
    "Read More", "Read more", "Read on", "Weiterlesen", "Artikel lesen", "Seguir leyendo",
    "Sigue leyendo", "Leer más", "Lire la suite", "Continuer la lecture", "Continua a leggere",
    # a press release's end mark
    "###", "# # #", "-30-", "- 30 -", "-END-", "- END -", "-ends-", "ENDS",
)

# Phrases that make a whole line a newsletter prompt, cookie notice or copyright line
# when the line starts with them (the rest of the line may be anything short).
NEWSLETTER_STARTS = (
    "Sign up for", "Sign up to", "Subscribe to", "Subscribe for", "Subscribe now",
    "Get the latest", "Get our", "Get the", "Get breaking news", "Join our newsletter",
    "Join our mailing list", "Enter your email", "Your email address", "Email address",
    "Don't miss out", "Never miss a story", "Delivered to your inbox", "Newsletter",
    "Sign up now", "Subscribe", "Already a subscriber", "Already have an account",
    "Create a free account", "Log in", "Sign in", "Register", "Thanks for signing up",
    "You have been signed up", "By signing up", "By subscribing", "Thanks for reading", "Thank you for reading",
    "Newsletter abonnieren", "Jetzt abonnieren", "Abonnieren Sie", "Melden Sie sich",
    "Jetzt anmelden", "Suscríbete", "Suscríbase", "Recibe", "Apúntate", "Inscrivez-vous",
    "Abonnez-vous", "S'abonner", "Recevez",
)

NEWSLETTER_CUES = (
    "newsletter", "inbox", "sign up", "subscribe", "mailing list", "e-mail updates",
    "email updates", "abonnieren", "suscríb", "boletín", "abonnez", "infolettre",
)

# The buttons of a sign-up or comment form, as a scraper prints them (case folded).
# the heading of a page that says the article is not there (a site's 404 page)
NOT_FOUND = frozenset((
    "404", "error 404", "404 error", "404 not found", "404 - page not found", "page not found",
    "page not found.", "not found", "oops! page not found", "sorry, page not found", "this page doesn't exist",
    "this page does not exist", "page cannot be found", "the page cannot be found", "we can't find that page",
    "seite nicht gefunden", "fehler 404", "die seite wurde nicht gefunden",
    "página no encontrada", "error 404: página no encontrada", "page introuvable", "erreur 404",
    "pagina non trovata", "página não encontrada", "pagina niet gevonden", "sidan hittades inte",
))
FORM_BUTTONS = frozenset((
    "sign up", "sign me up", "sign up now", "subscribe", "subscribe now", "submit", "join", "join now",
    "register", "send", "go", "ok", "get started", "continue", "post comment", "post a comment",
    "anmelden", "jetzt anmelden", "abonnieren", "registrieren", "absenden", "senden",
    "suscribirse", "suscríbete", "suscribirme", "enviar", "registrarse",
    "s'inscrire", "je m'inscris", "s'abonner", "je m'abonne", "valider", "envoyer",
    "iscriviti", "invia", "inscrever", "inscreva-se", "assinar", "aanmelden", "inschrijven", "verzenden",
))

COOKIE_CUES = (
    "cookie", "cookies", "consent", "privacy policy", "privacy settings", "tracking technologies",
    "datenschutz", "einwilligung", "privacidad", "consentimiento", "confidentialité",
    "consentement", "gdpr",
)

COPYRIGHT_STARTS = (
    "©", "(c)", "Copyright", "All rights reserved", "All Rights Reserved",
    "Alle Rechte vorbehalten", "Todos los derechos reservados", "Tous droits réservés",
    "Derechos reservados",
)

READ_TIME = (
    # "5 min read", "Reading time: 4 minutes", "Lesezeit: 3 Minuten"
    # (spaces bounded: the pattern is also searched for inside date lines, where runs are long)
    r"\d{1,3}[ \t]{0,2}[-–]?[ \t]{0,2}min(?:ute)?s?\.?[ \t]{1,3}(?:read|lesen|de[ \t]{1,3}lectura|de[ \t]{1,3}lecture|"
    r"(?:di[ \t]{1,3})?lettura|de[ \t]{1,3}leitura|leestijd|leesduur|listen|hören|écoute|escucha)",
    r"(?:reading\s+time|read\s+time|lesezeit|lesedauer|tiempo\s+de\s+lectura|temps\s+de\s+lecture|durée\s+de\s+lecture|tempo\s+di\s+lettura|tempo\s+de\s+leitura|leestijd|leesduur)\s*:?\s*(?:ca\.\s*)?\d{1,3}\s*(?:min(?:ute)?s?|minuten|minutos|minuti)?\.?",
    r"(?:listen\s+to\s+(?:this|the)\s+(?:article|story)|listen(?:\s+now)?|audio|artikel\s+anhören|anhören|escuchar(?:\s+(?:este\s+)?(?:artículo|noticia))?|écouter(?:\s+cet\s+article)?)(?:\s*[·•|:-]?\s*\d{1,3}(?::\d\d)?\s*(?:min(?:ute)?s?|mins?)?\.?)?",
    r"\d{1,3}:\d\d\s*(?:min|mins|minutes)?",
    # "Lecture 3 min.", "Lettura 4 minuti": the bare word only with its unit
    r"(?:lecture|lectura|lettura|leitura)\s*:?\s*\d{1,3}\s*(?:min(?:ute)?s?|minutos|minuti)\.?",
    # "⏱ 4 min": a clock sign and the minutes
    r"[⏱⌚🕐🕒][\ufe0f]?[ \t]{0,2}\d{1,3}[ \t]{0,2}min(?:ute)?s?\.?(?:[ \t]{1,3}read)?",
)

TAG_LABELS = (
    "Tags", "Tagged", "Tagged with", "Topics", "Topic", "Filed under", "Categories", "Category", "Labels",
    "Keywords", "Related topics", "Related Topics", "More on", "Schlagwörter", "Schlagworte",
    "Themen", "Stichworte", "Etiquetas", "Temas", "Categorías", "Mots-clés", "Mots clés",
    "Sujets", "Thèmes",
)

BREADCRUMB_ROOTS = ("Home", "Homepage", "Startseite", "Inicio", "Portada", "Accueil", "News")

# The labels of an update date (a subset of PUBLISHED_WORDS): `Updated 3 Nov 2025`.
UPDATED_WORDS = (
    "Updated", "Last updated", "Last modified", "Modified", "Aktualisiert", "Zuletzt aktualisiert", "Stand",
    "Actualizado", "Mis à jour", "Aggiornato", "Atualizado", "Bijgewerkt", "Uppdaterad", "Oppdatert", "Opdateret",
    "수정", "최종수정", "업데이트", "Cập nhật", "Ενημέρωση", "Ενημερώθηκε", "עודכן", "Aktualizacja", "Zaktualizowano",
    "Güncelleme", "Güncellendi",
)

# Relative publication times a template prints instead of (or beside) the date:
# "2 days ago", "vor 3 Stunden", "hace 5 minutos", "il y a 2 jours", "3 ore fa",
# "há 2 dias", "4 uur geleden"; yesterday/today only with a clock time.
RELATIVE_TIME = (
    r"(?:about[ \t]+|over[ \t]+|almost[ \t]+)?(?:\d{1,3}|an?|one)[ \t]+"
    r"(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)[ \t]+ago",
    r"just[ \t]+now",
    # a compact age, as portals print it beside the byline: "3h", "• 5h", "2d ago"
    r"(?:[•·][ \t]*)?\d{1,2}[ \t]?(?:h|hrs?|d|m|min)(?:[ \t]+ago)?",
    r"(?:yesterday|today)[ \t]*,?[ \t]*(?:at[ \t]+)?\d{1,2}[:.]\d\d(?:[ \t]*[ap]\.?m\.?)?",
    r"vor[ \t]+(?:\d{1,3}|einer?|einem)[ \t]+(?:Sekunden?|Minuten?|Stunden?|Tag(?:en)?|Wochen?|Monat(?:en)?|Jahr(?:en)?)",
    r"(?:gestern|heute)[ \t]*,?[ \t]*(?:um[ \t]+)?\d{1,2}[:.]\d\d(?:[ \t]*Uhr)?",
    r"hace[ \t]+(?:\d{1,3}|una?)[ \t]+(?:segundos?|minutos?|horas?|d[ií]as?|semanas?|mes(?:es)?|años?)",
    r"(?:ayer|hoy)[ \t]*,?[ \t]*(?:a[ \t]+las[ \t]+)?\d{1,2}[:.]\d\d",
    r"il[ \t]+y[ \t]+a[ \t]+(?:\d{1,3}|une?)[ \t]+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)",
    r"(?:\d{1,3}|una?|un)[ \t]+(?:minuti?|ore|ora|giorni?|settimane?|mesi?|anni?)[ \t]+fa",
    r"há[ \t]+(?:\d{1,3}|uma?)[ \t]+(?:minutos?|horas?|dias?|semanas?|meses|mês|anos?)",
    r"(?:\d{1,3}|een)[ \t]+(?:minuten|minuut|uur|dagen|dag|weken|week|maanden|maand|jaar)[ \t]+geleden",
    # a clock time with no date, as an update stamp prints it: "a las 09:15", "at 9:15 AM", "um 09:15 Uhr"
    r"(?:(?:a[ \t]+las|at|um|à|alle|às|om)[ \t]+)?\d{1,2}[:.h]\d\d(?:[ \t]*(?:[ap]\.?m\.?|Uhr|h|uur))?"
    r"(?:[ \t]+(?:[A-Z]{2,4}))?",
)
RELATIVE_TIME_STARTS = ("1", "•", "·", "a", "an", "one", "about", "over", "almost", "just", "yesterday", "today", "vor",
                        "gestern", "heute", "hace", "ayer", "hoy", "il", "una", "un", "há", "een")

BYLINE_WORDS = ("By", "BY", "Written by", "Words by", "Story by", "Reporting by", "Author", "Interview by",
                "Interviewed by", "Text by", "Report by", "Muhabir", "Haber", "Words", "Ein Artikel von",
                "Eine Analyse von", "Ein Kommentar von",
                "Posted by", "Posted By", "Written By", "Words By", "Story By",
                "Von", "Por", "Par", "Di", "Door", "Autor", "Auteur", "Autore", "Av", "Af",
                # bylines often start in lower case, in Italian, Dutch, Spanish and French most
                "by", "von", "di", "door", "por", "par",
                # zh / ja: `记者 李明华`, `作者：王芳`
                "记者", "作者", "撰文", "記者")

# Newsroom job titles (lower case): `Senior Reporter`, `Environment correspondent`.
JOB_WORDS = frozenset("""reporter correspondent editor writer columnist journalist contributor producer
    photographer critic analyst presenter reviewer redakteur redakteurin korrespondent korrespondentin
    autor autorin periodista redactor redactora corresponsal columnista journaliste rédacteur rédactrice
    correspondant correspondante chroniqueur chroniqueuse giornalista inviato inviata redattore redattrice
    verslaggever redacteur jornalista repórter colunista""".split())

STUB_WORDS = ("on", "at", "am", "el", "le", "by", "|", "-", "·", "•", "/")

# Imperatives that open a prompt to the reader. Strong ones are prompts whenever the
# line names a channel; weak ones also need the site's voice (you, your, us, our).
PROMPT_STRONG = (
    "Subscribe", "Sign up", "Signup", "Follow", "Join our", "Join us", "Like us", "Download our",
    "Download the", "Listen to", "Listen live", "Listen back", "Donate", "Support us",
    "Folgen Sie", "Folge uns", "Abonnieren Sie", "Jetzt abonnieren", "Laden Sie", "Hören Sie",
    "Síguenos", "Siga a", "Suscríbete", "Suscríbase", "Descarga", "Descargue", "Escucha",
    "Suivez", "Abonnez-vous", "Téléchargez", "Écoutez", "Seguici", "Iscriviti", "Scarica",
)
PROMPT_WEAK = (
    "Add", "Get", "Watch", "Read", "Find", "Stay", "Check out", "Try", "Become", "Support", "Don't miss",
    "Never miss", "Send us", "Tell us", "Let us", "Let our", "Sign in", "Log in", "Register",
    "Unterstützen Sie", "Apoya", "Soutenez",
)
# Where a prompt sends the reader.
PROMPT_CHANNELS = (
    "facebook", "twitter", "instagram", "youtube", "tiktok", "linkedin", "whatsapp", "telegram",
    "snapchat", "pinterest", "threads", "bluesky", "mastodon", "podcast", "newsletter", "inbox",
    "mailbox", "letterbox", "app store", "google play", "our app", "the app", "forum", "channel",
    "rss", "apple news", "google news", "flipboard", "subscription", "subscriber", "membership",
    "email alerts", "push notifications", "live at", "live tv", "listen back", "donate", "donation",
    "delivered", "abonnement", "suscripción", "boletín", "infolettre", "app",
)

# Lines that credit the reporters of a wire story: "(Reporting by ...; Editing by ...)".
REPORTING_CREDIT_STARTS = (
    "Reporting by", "Additional reporting by", "Writing by", "Editing by", "Edited by",
    "Compiled by", "Reporting and writing by", "Research by", "Mitarbeit", "Con información de",
    "Con reporte de", "Avec", "责任编辑", "編集", "编辑",
)
# The words a credit holds besides names.
CREDIT_CONNECTORS = frozenset(
    "and with by in from of the for at additional reporting writing editing edited compiled "
    "research graphics video photos photo production producer produced staff writer writers "
    "reporter reporters correspondent correspondents contributed contributing to this report "
    "story article also la de del y con en et avec und von".split())
