//! The shipped locales: one entry each. Number symbols are those of
//! `Intl.NumberFormat(tag).formatToParts` (ICU 78, checked by the fixture test);
//! strings are one per line in key order ([`Text`](super::Text), then
//! [`AppText`](super::AppText)), plural forms `|`-separated in the order of the rule's
//! [`forms`](super::PluralRule::forms).

use super::{Locale, NumberSymbols, PluralRule};

/// The embed (built without the app) leaves the strings of every locale but English
/// out of its wasm: all of them would add about 10 KB brotli to every host's
/// download. It fetches the one a widget needs instead, `locales/{tag}.json` beside
/// the wasm, which the build writes from this same table (`anp-render --locales`).
/// Number symbols and plural rules stay in: they are a few bytes each.
macro_rules! lazy {
    ($strings:literal) => {
        if cfg!(all(
            feature = "embed",
            not(feature = "app"),
            not(feature = "ssr")
        )) {
            ""
        } else {
            $strings
        }
    };
}

const fn symbols(group: &'static str, decimal: &'static str, min_grouped: usize) -> NumberSymbols {
    NumberSymbols {
        group,
        decimal,
        minus: "-",
        min_grouped,
        zero: '0',
    }
}

/// English: the fallback for every other tag and for any line a locale lacks.
pub(super) const EN: Locale = Locale {
    tag: "en",
    name: "English",
    rtl: false,
    plural: PluralRule::OneOther,
    number: symbols(",", ".", 4),
    widget: "Loading post…
This post could not be shown.
Try again
{n} part of this post could not be shown as published|{n} parts of this post could not be shown as published
{done} of {total} done
Progress can't be saved in this browser; it is kept until the page is closed.
Similar Posts
No similar posts yet.
alphanode post meta
No post meta.
Show {n} more
Show fewer
yes
no
Show nested list ({n} entry)|Show nested list ({n} entries)
Show nested group ({n} entry)|Show nested group ({n} entries)
Hide nested list
Hide nested group
The server answered with HTTP {status}.
There is no post at this address (HTTP 404).
The server did not answer within {s} s.
The server did not send JSON.
The request failed (network error, or blocked by CORS).
The document is too large to show.
The document is not a valid post.
Something went wrong.",
    #[cfg(any(feature = "app", feature = "ssr"))]
    app: "Language
Skip to content
engineering posts
Posts
Search
Title, summary or topic
Stack
All stacks
Difficulty
Any difficulty
Sort
Publisher's order
Title (A–Z)
Shortest read first
Longest read first
{n} min read
Loading posts…
The list of posts could not be loaded.
Clear search and filters
Pages
← Previous
Next →
Page {page} of {pages}
{from}–{to} of {n} post|{from}–{to} of {n} posts
{from} of {n} post|{from} of {n} posts
No posts match.
Page not found
There is no post called “{slug}”.
There is nothing at this address.
Browse all posts
Breadcrumb
This post could not be loaded
Loading…
Post unavailable
Preview
Designer preview
Post JSON
This post has no meta.
The JSON can't be rendered; the last good render stays visible.
No problems.
Rendered, with warnings:
Preview options
Sample
Load a sample…
Layout
All layouts
Theme
Width
Compare layouts
Copy link
Copy embed snippet
Copy URL snippet
Download JSON
Text to copy
Link copied.
Copy this link: {url}
Embed snippet copied, with the last JSON that rendered (the editor's has errors).
Embed snippet copied.
Copy this embed snippet:
Copy this embed snippet, then put the address of your post.json in it:
The download could not start in this browser.
System
Light
Dark
High contrast
Phone
Tablet
Desktop
Fill
All posts
Not found
Put the caret on an underlined value to read its problem here.
Error at the caret:
Warning at the caret:
Format
Pretty-print the JSON, keeping key order (Ctrl+Shift+F); Ctrl+Z undoes it
Formatted. Ctrl+Z (Cmd+Z) undoes it.
Can't format: the JSON has a syntax error
Copy a link to this preview (Ctrl+Shift+L)
Reset to sample
Forget the kept draft and load the sample's JSON again
The draft was discarded; the sample is loaded again.
Show
Article and meta box
Meta box only
Article only
Layouts compared side by side
Link copied, but it is {n} character long: links over about {limit} characters may be cut by browsers, chat apps or servers. Share the JSON file instead.|Link copied, but it is {n} characters long: links over about {limit} characters may be cut by browsers, chat apps or servers. Share the JSON file instead.
This link is {n} character long: links over about {limit} characters may be cut by browsers, chat apps or servers. Share the JSON file instead.|This link is {n} characters long: links over about {limit} characters may be cut by browsers, chat apps or servers. Share the JSON file instead.
Download JSON instead
Accessibility checks
WCAG contrast ratios of the widget's colours in each theme, computed from the styles the browser applies.
Recompute contrast
Colours
Ratio
Needs
pass
fail
Run accessibility check (axe)
Loading axe-core and checking the preview…
axe-core could not be loaded or run.
axe-core found no violations in the preview.
axe-core violations in the preview:
Text on background
Text on surface
Muted text on background
Link on background
Meter fill on its track
Meter fill on background
URL embed snippet copied: publish post.json (Download JSON) and put its address in it.
post.json downloaded.
Unknown stack “{asked}” was ignored.
Unknown difficulty “{asked}” was ignored.
Unknown sort order “{asked}” was ignored.
There is no page {asked}; showing page {page}.
Reference post
Empty meta
Huge meta ({n} entry)|Huge meta ({n} entries)
Very long unbroken strings
Right-to-left text
Deep nesting
Many similar posts",
};

/// Every shipped locale, English first.
///
/// ```
/// use alphanode_widgets::i18n::LOCALES;
/// assert_eq!(LOCALES.len(), 15);
/// assert_eq!(LOCALES[0].tag, "en");
/// ```
pub static LOCALES: [Locale; 15] = [
    EN,
    Locale {
        tag: "de",
        name: "Deutsch",
        rtl: false,
        plural: PluralRule::OneOther,
        number: symbols(".", ",", 4),
        widget: lazy!("Beitrag wird geladen…
Dieser Beitrag konnte nicht angezeigt werden.
Erneut versuchen
{n} Teil dieses Beitrags konnte nicht wie veröffentlicht angezeigt werden|{n} Teile dieses Beitrags konnten nicht wie veröffentlicht angezeigt werden
{done} von {total} erledigt
Der Fortschritt kann in diesem Browser nicht gespeichert werden; er bleibt erhalten, bis die Seite geschlossen wird.
Ähnliche Beiträge
Noch keine ähnlichen Beiträge.
alphanode-Metadaten zum Beitrag
Keine Metadaten.
{n} weitere anzeigen
Weniger anzeigen
ja
nein
Verschachtelte Liste anzeigen ({n} Eintrag)|Verschachtelte Liste anzeigen ({n} Einträge)
Verschachtelte Gruppe anzeigen ({n} Eintrag)|Verschachtelte Gruppe anzeigen ({n} Einträge)
Verschachtelte Liste ausblenden
Verschachtelte Gruppe ausblenden
Der Server antwortete mit HTTP {status}.
Unter dieser Adresse gibt es keinen Beitrag (HTTP 404).
Der Server hat nicht innerhalb von {s} s geantwortet.
Der Server hat kein JSON gesendet.
Die Anfrage ist fehlgeschlagen (Netzwerkfehler oder durch CORS blockiert).
Das Dokument ist zu groß zum Anzeigen.
Das Dokument ist kein gültiger Beitrag.
Etwas ist schiefgelaufen."),
        #[cfg(any(feature = "app", feature = "ssr"))]
        app: "Sprache
Zum Inhalt springen
Technik-Beiträge
Beiträge
Suche
Titel, Zusammenfassung oder Thema
Stack
Alle Stacks
Schwierigkeit
Jede Schwierigkeit
Sortierung
Reihenfolge des Herausgebers
Titel (A–Z)
Kürzeste Lesezeit zuerst
Längste Lesezeit zuerst
{n} Min. Lesezeit
Beiträge werden geladen…
Die Liste der Beiträge konnte nicht geladen werden.
Suche und Filter zurücksetzen
Seiten
← Zurück
Weiter →
Seite {page} von {pages}
{from}–{to} von {n} Beitrag|{from}–{to} von {n} Beiträgen
{from} von {n} Beitrag|{from} von {n} Beiträgen
Keine passenden Beiträge.
Seite nicht gefunden
Es gibt keinen Beitrag namens „{slug}“.
Unter dieser Adresse gibt es nichts.
Alle Beiträge ansehen
Brotkrumen
Dieser Beitrag konnte nicht geladen werden
Wird geladen…
Beitrag nicht verfügbar
Vorschau
Design-Vorschau
Beitrags-JSON
Dieser Beitrag hat keine Metadaten.
Das JSON kann nicht dargestellt werden; die letzte gültige Darstellung bleibt sichtbar.
Keine Probleme.
Dargestellt, mit Warnungen:
Vorschau-Optionen
Beispiel
Beispiel laden…
Layout
Alle Layouts
Farbschema
Breite
Layouts vergleichen
Link kopieren
Einbettungscode kopieren
URL-Code kopieren
JSON herunterladen
Zu kopierender Text
Link kopiert.
Diesen Link kopieren: {url}
Einbettungscode kopiert, mit dem zuletzt dargestellten JSON (das im Editor hat Fehler).
Einbettungscode kopiert.
Diesen Einbettungscode kopieren:
Diesen Einbettungscode kopieren und die Adresse Ihrer post.json eintragen:
Der Download konnte in diesem Browser nicht starten.
System
Hell
Dunkel
Hoher Kontrast
Smartphone
Tablet
Desktop
Füllen
Alle Beiträge
Nicht gefunden
Setze die Einfügemarke auf einen unterstrichenen Wert, um sein Problem hier zu lesen.
Fehler an der Einfügemarke:
Warnung an der Einfügemarke:
Formatieren
JSON übersichtlich formatieren, Schlüsselreihenfolge bleibt (Strg+Umschalt+F); Strg+Z macht es rückgängig
Formatiert. Strg+Z (Cmd+Z) macht es rückgängig.
Formatieren nicht möglich: Das JSON hat einen Syntaxfehler
Einen Link zu dieser Vorschau kopieren (Strg+Umschalt+L)
Auf Beispiel zurücksetzen
Den gespeicherten Entwurf verwerfen und das JSON des Beispiels neu laden
Der Entwurf wurde verworfen; das Beispiel ist neu geladen.
Anzeigen
Artikel und Metabox
Nur Metabox
Nur Artikel
Layouts nebeneinander verglichen
Link kopiert, aber er ist {n} Zeichen lang: Links über etwa {limit} Zeichen können von Browsern, Chat-Apps oder Servern abgeschnitten werden. Teile lieber die JSON-Datei.|Link kopiert, aber er ist {n} Zeichen lang: Links über etwa {limit} Zeichen können von Browsern, Chat-Apps oder Servern abgeschnitten werden. Teile lieber die JSON-Datei.
Dieser Link ist {n} Zeichen lang: Links über etwa {limit} Zeichen können von Browsern, Chat-Apps oder Servern abgeschnitten werden. Teile lieber die JSON-Datei.|Dieser Link ist {n} Zeichen lang: Links über etwa {limit} Zeichen können von Browsern, Chat-Apps oder Servern abgeschnitten werden. Teile lieber die JSON-Datei.
Stattdessen JSON herunterladen
Barrierefreiheitsprüfungen
WCAG-Kontrastverhältnisse der Farben des Widgets in jedem Farbschema, berechnet aus den Stilen, die der Browser anwendet.
Kontrast neu berechnen
Farben
Verhältnis
Benötigt
bestanden
nicht bestanden
Barrierefreiheitsprüfung starten (axe)
axe-core wird geladen und die Vorschau geprüft…
axe-core konnte nicht geladen oder ausgeführt werden.
axe-core hat in der Vorschau keine Verstöße gefunden.
Verstöße laut axe-core in der Vorschau:
Text auf Hintergrund
Text auf Fläche
Gedämpfter Text auf Hintergrund
Link auf Hintergrund
Anzeigefüllung auf ihrer Spur
Anzeigefüllung auf Hintergrund
URL-Einbettungscode kopiert: Veröffentliche post.json (JSON herunterladen) und trage ihre Adresse darin ein.
post.json heruntergeladen.
Unbekannter Stack „{asked}“ wurde ignoriert.
Unbekannte Schwierigkeit „{asked}“ wurde ignoriert.
Unbekannte Sortierung „{asked}“ wurde ignoriert.
Es gibt keine Seite {asked}; Seite {page} wird angezeigt.
Referenzbeitrag
Leere Metadaten
Riesige Metadaten ({n} Eintrag)|Riesige Metadaten ({n} Einträge)
Sehr lange ununterbrochene Zeichenketten
Text von rechts nach links
Tiefe Verschachtelung
Viele ähnliche Beiträge",
    },
    Locale {
        tag: "fr",
        name: "Français",
        rtl: false,
        plural: PluralRule::French,
        number: symbols("\u{202f}", ",", 4),
        widget: lazy!("Chargement de l’article…
Cet article n’a pas pu être affiché.
Réessayer
{n} partie de cet article n’a pas pu être affichée telle que publiée|{n} parties de cet article n’ont pas pu être affichées telles que publiées
{done} sur {total} terminés
La progression ne peut pas être enregistrée dans ce navigateur ; elle est conservée jusqu’à la fermeture de la page.
Articles similaires
Pas encore d’articles similaires.
Métadonnées de l’article alphanode
Aucune métadonnée.
Afficher {n} de plus
Afficher moins
oui
non
Afficher la liste imbriquée ({n} entrée)|Afficher la liste imbriquée ({n} entrées)
Afficher le groupe imbriqué ({n} entrée)|Afficher le groupe imbriqué ({n} entrées)
Masquer la liste imbriquée
Masquer le groupe imbriqué
Le serveur a répondu HTTP {status}.
Il n’y a pas d’article à cette adresse (HTTP 404).
Le serveur n’a pas répondu en {s} s.
Le serveur n’a pas envoyé de JSON.
La requête a échoué (erreur réseau ou blocage CORS).
Le document est trop volumineux pour être affiché.
Le document n’est pas un article valide.
Une erreur s’est produite."),
        #[cfg(any(feature = "app", feature = "ssr"))]
        app: "Langue
Aller au contenu
articles techniques
Articles
Recherche
Titre, résumé ou sujet
Stack
Toutes les stacks
Difficulté
Toute difficulté
Tri
Ordre de l’éditeur
Titre (A–Z)
Lecture la plus courte d’abord
Lecture la plus longue d’abord
{n} min de lecture
Chargement des articles…
La liste des articles n’a pas pu être chargée.
Effacer la recherche et les filtres
Pages
← Précédent
Suivant →
Page {page} sur {pages}
{from}–{to} sur {n} article|{from}–{to} sur {n} articles
{from} sur {n} article|{from} sur {n} articles
Aucun article ne correspond.
Page introuvable
Il n’y a pas d’article nommé « {slug} ».
Il n’y a rien à cette adresse.
Parcourir tous les articles
Fil d’Ariane
Cet article n’a pas pu être chargé
Chargement…
Article indisponible
Aperçu
Aperçu de conception
JSON de l’article
Cet article n’a pas de métadonnées.
Le JSON ne peut pas être affiché ; le dernier rendu valide reste visible.
Aucun problème.
Affiché, avec des avertissements :
Options de l’aperçu
Exemple
Charger un exemple…
Mise en page
Toutes les mises en page
Thème
Largeur
Comparer les mises en page
Copier le lien
Copier le code d’intégration
Copier le code URL
Télécharger le JSON
Texte à copier
Lien copié.
Copiez ce lien : {url}
Code d’intégration copié, avec le dernier JSON affiché (celui de l’éditeur contient des erreurs).
Code d’intégration copié.
Copiez ce code d’intégration :
Copiez ce code d’intégration, puis indiquez-y l’adresse de votre post.json :
Le téléchargement n’a pas pu démarrer dans ce navigateur.
Système
Clair
Sombre
Contraste élevé
Téléphone
Tablette
Ordinateur
Remplir
Tous les articles
Introuvable
Placez le curseur sur une valeur soulignée pour lire ici son problème.
Erreur au curseur :
Avertissement au curseur :
Mettre en forme
Mettre en forme le JSON en gardant l’ordre des clés (Ctrl+Maj+F) ; Ctrl+Z l’annule
Mis en forme. Ctrl+Z (Cmd+Z) l’annule.
Mise en forme impossible : le JSON a une erreur de syntaxe
Copier un lien vers cet aperçu (Ctrl+Maj+L)
Revenir à l’exemple
Oublier le brouillon gardé et recharger le JSON de l’exemple
Le brouillon a été abandonné ; l’exemple est rechargé.
Afficher
Article et encadré méta
Encadré méta seul
Article seul
Mises en page comparées côte à côte
Lien copié, mais il fait {n} caractère : les liens de plus de {limit} caractères environ peuvent être coupés par les navigateurs, les messageries ou les serveurs. Partagez plutôt le fichier JSON.|Lien copié, mais il fait {n} caractères : les liens de plus de {limit} caractères environ peuvent être coupés par les navigateurs, les messageries ou les serveurs. Partagez plutôt le fichier JSON.
Ce lien fait {n} caractère : les liens de plus de {limit} caractères environ peuvent être coupés par les navigateurs, les messageries ou les serveurs. Partagez plutôt le fichier JSON.|Ce lien fait {n} caractères : les liens de plus de {limit} caractères environ peuvent être coupés par les navigateurs, les messageries ou les serveurs. Partagez plutôt le fichier JSON.
Télécharger le JSON à la place
Contrôles d’accessibilité
Rapports de contraste WCAG des couleurs du widget dans chaque thème, calculés d’après les styles appliqués par le navigateur.
Recalculer le contraste
Couleurs
Rapport
Requis
réussi
échoué
Lancer le contrôle d’accessibilité (axe)
Chargement d’axe-core et contrôle de l’aperçu…
axe-core n’a pas pu être chargé ou exécuté.
axe-core n’a trouvé aucune violation dans l’aperçu.
Violations trouvées par axe-core dans l’aperçu :
Texte sur le fond
Texte sur la surface
Texte atténué sur le fond
Lien sur le fond
Remplissage de la jauge sur sa piste
Remplissage de la jauge sur le fond
Code d’intégration par URL copié : publiez post.json (Télécharger le JSON) et mettez-y son adresse.
post.json téléchargé.
La pile inconnue « {asked} » a été ignorée.
La difficulté inconnue « {asked} » a été ignorée.
L’ordre de tri inconnu « {asked} » a été ignoré.
Il n’y a pas de page {asked} ; la page {page} est affichée.
Article de référence
Méta vides
Méta énormes ({n} entrée)|Méta énormes ({n} entrées)
Très longues chaînes sans coupure
Texte de droite à gauche
Imbrication profonde
Nombreux articles similaires",
    },
    Locale {
        tag: "es",
        name: "Español",
        rtl: false,
        plural: PluralRule::OneManyOther,
        number: symbols(".", ",", 5),
        widget: lazy!("Cargando la publicación…
No se pudo mostrar esta publicación.
Reintentar
{n} parte de esta publicación no se pudo mostrar tal como se publicó|{n} partes de esta publicación no se pudieron mostrar tal como se publicaron
{done} de {total} hechos
El progreso no se puede guardar en este navegador; se conserva hasta que se cierre la página.
Publicaciones similares
Aún no hay publicaciones similares.
Metadatos de la publicación de alphanode
Sin metadatos.
Mostrar {n} más
Mostrar menos
sí
no
Mostrar lista anidada ({n} elemento)|Mostrar lista anidada ({n} elementos)
Mostrar grupo anidado ({n} elemento)|Mostrar grupo anidado ({n} elementos)
Ocultar lista anidada
Ocultar grupo anidado
El servidor respondió con HTTP {status}.
No hay ninguna publicación en esta dirección (HTTP 404).
El servidor no respondió en {s} s.
El servidor no envió JSON.
La solicitud falló (error de red o bloqueo por CORS).
El documento es demasiado grande para mostrarlo.
El documento no es una publicación válida.
Algo salió mal."),
        #[cfg(any(feature = "app", feature = "ssr"))]
        app: "Idioma
Saltar al contenido
publicaciones técnicas
Publicaciones
Buscar
Título, resumen o tema
Stack
Todos los stacks
Dificultad
Cualquier dificultad
Orden
Orden del editor
Título (A–Z)
Lectura más corta primero
Lectura más larga primero
{n} min de lectura
Cargando publicaciones…
No se pudo cargar la lista de publicaciones.
Borrar búsqueda y filtros
Páginas
← Anterior
Siguiente →
Página {page} de {pages}
{from}–{to} de {n} publicación|{from}–{to} de {n} publicaciones
{from} de {n} publicación|{from} de {n} publicaciones
Ninguna publicación coincide.
Página no encontrada
No hay ninguna publicación llamada «{slug}».
No hay nada en esta dirección.
Ver todas las publicaciones
Ruta de navegación
No se pudo cargar esta publicación
Cargando…
Publicación no disponible
Vista previa
Vista previa de diseño
JSON de la publicación
Esta publicación no tiene metadatos.
El JSON no se puede mostrar; la última versión válida sigue visible.
Sin problemas.
Mostrado, con advertencias:
Opciones de vista previa
Ejemplo
Cargar un ejemplo…
Diseño
Todos los diseños
Tema
Ancho
Comparar diseños
Copiar enlace
Copiar código de inserción
Copiar código con URL
Descargar JSON
Texto para copiar
Enlace copiado.
Copia este enlace: {url}
Código de inserción copiado, con el último JSON mostrado (el del editor tiene errores).
Código de inserción copiado.
Copia este código de inserción:
Copia este código de inserción y pon en él la dirección de tu post.json:
La descarga no pudo empezar en este navegador.
Sistema
Claro
Oscuro
Alto contraste
Teléfono
Tableta
Escritorio
Llenar
Todas las publicaciones
No encontrado
Pon el cursor sobre un valor subrayado para leer aquí su problema.
Error en el cursor:
Aviso en el cursor:
Formatear
Formatear el JSON conservando el orden de las claves (Ctrl+Mayús+F); Ctrl+Z lo deshace
Formateado. Ctrl+Z (Cmd+Z) lo deshace.
No se puede formatear: el JSON tiene un error de sintaxis
Copiar un enlace a esta vista previa (Ctrl+Mayús+L)
Restablecer el ejemplo
Olvidar el borrador guardado y volver a cargar el JSON del ejemplo
Se descartó el borrador; el ejemplo se ha vuelto a cargar.
Mostrar
Artículo y cuadro de metadatos
Solo el cuadro de metadatos
Solo el artículo
Diseños comparados lado a lado
Enlace copiado, pero tiene {n} carácter: los enlaces de más de unos {limit} caracteres pueden quedar cortados en navegadores, apps de chat o servidores. Comparte mejor el archivo JSON.|Enlace copiado, pero tiene {n} caracteres: los enlaces de más de unos {limit} caracteres pueden quedar cortados en navegadores, apps de chat o servidores. Comparte mejor el archivo JSON.
Este enlace tiene {n} carácter: los enlaces de más de unos {limit} caracteres pueden quedar cortados en navegadores, apps de chat o servidores. Comparte mejor el archivo JSON.|Este enlace tiene {n} caracteres: los enlaces de más de unos {limit} caracteres pueden quedar cortados en navegadores, apps de chat o servidores. Comparte mejor el archivo JSON.
Descargar el JSON en su lugar
Comprobaciones de accesibilidad
Relaciones de contraste WCAG de los colores del widget en cada tema, calculadas a partir de los estilos que aplica el navegador.
Recalcular el contraste
Colores
Relación
Requiere
aprobado
suspenso
Ejecutar la comprobación de accesibilidad (axe)
Cargando axe-core y comprobando la vista previa…
No se pudo cargar o ejecutar axe-core.
axe-core no encontró infracciones en la vista previa.
Infracciones de axe-core en la vista previa:
Texto sobre el fondo
Texto sobre la superficie
Texto atenuado sobre el fondo
Enlace sobre el fondo
Relleno del medidor sobre su pista
Relleno del medidor sobre el fondo
Fragmento de inserción por URL copiado: publica post.json (Descargar JSON) y pon su dirección en él.
post.json descargado.
Se ignoró la pila desconocida «{asked}».
Se ignoró la dificultad desconocida «{asked}».
Se ignoró el orden desconocido «{asked}».
No existe la página {asked}; se muestra la página {page}.
Publicación de referencia
Metadatos vacíos
Metadatos enormes ({n} entrada)|Metadatos enormes ({n} entradas)
Cadenas muy largas sin cortes
Texto de derecha a izquierda
Anidamiento profundo
Muchas publicaciones similares",
    },
    Locale {
        tag: "pt",
        name: "Português",
        rtl: false,
        plural: PluralRule::French,
        number: symbols(".", ",", 4),
        widget: lazy!("Carregando a publicação…
Não foi possível exibir esta publicação.
Tentar novamente
{n} parte desta publicação não pôde ser exibida como publicada|{n} partes desta publicação não puderam ser exibidas como publicadas
{done} de {total} concluídos
O progresso não pode ser salvo neste navegador; ele é mantido até a página ser fechada.
Publicações semelhantes
Ainda não há publicações semelhantes.
Metadados da publicação alphanode
Sem metadados.
Mostrar mais {n}
Mostrar menos
sim
não
Mostrar lista aninhada ({n} item)|Mostrar lista aninhada ({n} itens)
Mostrar grupo aninhado ({n} item)|Mostrar grupo aninhado ({n} itens)
Ocultar lista aninhada
Ocultar grupo aninhado
O servidor respondeu com HTTP {status}.
Não há publicação neste endereço (HTTP 404).
O servidor não respondeu em {s} s.
O servidor não enviou JSON.
A solicitação falhou (erro de rede ou bloqueio por CORS).
O documento é grande demais para ser exibido.
O documento não é uma publicação válida.
Algo deu errado."),
        #[cfg(any(feature = "app", feature = "ssr"))]
        app: "Idioma
Pular para o conteúdo
publicações técnicas
Publicações
Pesquisar
Título, resumo ou tema
Stack
Todas as stacks
Dificuldade
Qualquer dificuldade
Ordenar
Ordem do editor
Título (A–Z)
Leitura mais curta primeiro
Leitura mais longa primeiro
{n} min de leitura
Carregando publicações…
Não foi possível carregar a lista de publicações.
Limpar pesquisa e filtros
Páginas
← Anterior
Próxima →
Página {page} de {pages}
{from}–{to} de {n} publicação|{from}–{to} de {n} publicações
{from} de {n} publicação|{from} de {n} publicações
Nenhuma publicação corresponde.
Página não encontrada
Não há publicação chamada “{slug}”.
Não há nada neste endereço.
Ver todas as publicações
Trilha de navegação
Não foi possível carregar esta publicação
Carregando…
Publicação indisponível
Prévia
Prévia de design
JSON da publicação
Esta publicação não tem metadados.
O JSON não pode ser exibido; a última versão válida continua visível.
Nenhum problema.
Exibido, com avisos:
Opções da prévia
Exemplo
Carregar um exemplo…
Layout
Todos os layouts
Tema
Largura
Comparar layouts
Copiar link
Copiar código de incorporação
Copiar código com URL
Baixar JSON
Texto para copiar
Link copiado.
Copie este link: {url}
Código de incorporação copiado, com o último JSON exibido (o do editor tem erros).
Código de incorporação copiado.
Copie este código de incorporação:
Copie este código de incorporação e coloque nele o endereço do seu post.json:
O download não pôde começar neste navegador.
Sistema
Claro
Escuro
Alto contraste
Celular
Tablet
Desktop
Preencher
Todas as publicações
Não encontrado
Coloque o cursor sobre um valor sublinhado para ler aqui o problema dele.
Erro no cursor:
Aviso no cursor:
Formatar
Formatar o JSON mantendo a ordem das chaves (Ctrl+Shift+F); Ctrl+Z desfaz
Formatado. Ctrl+Z (Cmd+Z) desfaz.
Não é possível formatar: o JSON tem um erro de sintaxe
Copiar um link para esta pré-visualização (Ctrl+Shift+L)
Voltar ao exemplo
Esquecer o rascunho guardado e carregar de novo o JSON do exemplo
O rascunho foi descartado; o exemplo foi carregado de novo.
Mostrar
Artigo e caixa de metadados
Só a caixa de metadados
Só o artigo
Layouts comparados lado a lado
Link copiado, mas ele tem {n} caractere: links com mais de cerca de {limit} caracteres podem ser cortados por navegadores, apps de conversa ou servidores. Compartilhe o arquivo JSON em vez disso.|Link copiado, mas ele tem {n} caracteres: links com mais de cerca de {limit} caracteres podem ser cortados por navegadores, apps de conversa ou servidores. Compartilhe o arquivo JSON em vez disso.
Este link tem {n} caractere: links com mais de cerca de {limit} caracteres podem ser cortados por navegadores, apps de conversa ou servidores. Compartilhe o arquivo JSON em vez disso.|Este link tem {n} caracteres: links com mais de cerca de {limit} caracteres podem ser cortados por navegadores, apps de conversa ou servidores. Compartilhe o arquivo JSON em vez disso.
Baixar o JSON em vez disso
Verificações de acessibilidade
Razões de contraste WCAG das cores do widget em cada tema, calculadas a partir dos estilos que o navegador aplica.
Recalcular o contraste
Cores
Razão
Exige
aprovado
reprovado
Executar a verificação de acessibilidade (axe)
Carregando o axe-core e verificando a pré-visualização…
Não foi possível carregar ou executar o axe-core.
O axe-core não encontrou violações na pré-visualização.
Violações do axe-core na pré-visualização:
Texto sobre o fundo
Texto sobre a superfície
Texto esmaecido sobre o fundo
Link sobre o fundo
Preenchimento do medidor sobre a trilha
Preenchimento do medidor sobre o fundo
Snippet de incorporação por URL copiado: publique o post.json (Baixar JSON) e coloque o endereço dele no snippet.
post.json baixado.
A stack desconhecida “{asked}” foi ignorada.
A dificuldade desconhecida “{asked}” foi ignorada.
A ordenação desconhecida “{asked}” foi ignorada.
Não existe a página {asked}; mostrando a página {page}.
Post de referência
Metadados vazios
Metadados enormes ({n} entrada)|Metadados enormes ({n} entradas)
Strings muito longas sem quebras
Texto da direita para a esquerda
Aninhamento profundo
Muitos posts semelhantes",
    },
    Locale {
        tag: "it",
        name: "Italiano",
        rtl: false,
        plural: PluralRule::OneManyOther,
        number: symbols(".", ",", 5),
        widget: lazy!("Caricamento del post…
Impossibile mostrare questo post.
Riprova
{n} parte di questo post non è stata mostrata come pubblicata|{n} parti di questo post non sono state mostrate come pubblicate
{done} di {total} completati
Impossibile salvare i progressi in questo browser; restano fino alla chiusura della pagina.
Post simili
Ancora nessun post simile.
Metadati del post alphanode
Nessun metadato.
Mostra altri {n}
Mostra meno
sì
no
Mostra elenco annidato ({n} voce)|Mostra elenco annidato ({n} voci)
Mostra gruppo annidato ({n} voce)|Mostra gruppo annidato ({n} voci)
Nascondi elenco annidato
Nascondi gruppo annidato
Il server ha risposto con HTTP {status}.
Non esiste alcun post a questo indirizzo (HTTP 404).
Il server non ha risposto entro {s} s.
Il server non ha inviato JSON.
La richiesta non è riuscita (errore di rete o blocco CORS).
Il documento è troppo grande per essere mostrato.
Il documento non è un post valido.
Qualcosa è andato storto."),
        #[cfg(any(feature = "app", feature = "ssr"))]
        app: "Lingua
Vai al contenuto
post tecnici
Post
Cerca
Titolo, sommario o argomento
Stack
Tutti gli stack
Difficoltà
Qualsiasi difficoltà
Ordina
Ordine dell’editore
Titolo (A–Z)
Lettura più breve prima
Lettura più lunga prima
{n} min di lettura
Caricamento dei post…
Impossibile caricare l’elenco dei post.
Cancella ricerca e filtri
Pagine
← Precedente
Successiva →
Pagina {page} di {pages}
{from}–{to} di {n} post|{from}–{to} di {n} post
{from} di {n} post|{from} di {n} post
Nessun post corrisponde.
Pagina non trovata
Non esiste un post chiamato «{slug}».
Non c’è niente a questo indirizzo.
Sfoglia tutti i post
Percorso
Impossibile caricare questo post
Caricamento…
Post non disponibile
Anteprima
Anteprima di design
JSON del post
Questo post non ha metadati.
Il JSON non può essere mostrato; resta visibile l’ultima versione valida.
Nessun problema.
Mostrato, con avvisi:
Opzioni dell’anteprima
Esempio
Carica un esempio…
Layout
Tutti i layout
Tema
Larghezza
Confronta i layout
Copia link
Copia codice di incorporamento
Copia codice con URL
Scarica JSON
Testo da copiare
Link copiato.
Copia questo link: {url}
Codice di incorporamento copiato, con l’ultimo JSON mostrato (quello dell’editor ha errori).
Codice di incorporamento copiato.
Copia questo codice di incorporamento:
Copia questo codice di incorporamento, poi inserisci l’indirizzo del tuo post.json:
Impossibile avviare il download in questo browser.
Sistema
Chiaro
Scuro
Contrasto elevato
Telefono
Tablet
Desktop
Riempi
Tutti i post
Non trovato
Metti il cursore su un valore sottolineato per leggere qui il suo problema.
Errore al cursore:
Avviso al cursore:
Formatta
Formatta il JSON mantenendo l’ordine delle chiavi (Ctrl+Maiusc+F); Ctrl+Z lo annulla
Formattato. Ctrl+Z (Cmd+Z) lo annulla.
Impossibile formattare: il JSON ha un errore di sintassi
Copia un link a questa anteprima (Ctrl+Maiusc+L)
Ripristina l’esempio
Dimentica la bozza salvata e ricarica il JSON dell’esempio
La bozza è stata scartata; l’esempio è stato ricaricato.
Mostra
Articolo e riquadro dei metadati
Solo il riquadro dei metadati
Solo l’articolo
Layout confrontati fianco a fianco
Link copiato, ma è lungo {n} carattere: i link oltre circa {limit} caratteri possono essere troncati da browser, app di chat o server. Condividi invece il file JSON.|Link copiato, ma è lungo {n} caratteri: i link oltre circa {limit} caratteri possono essere troncati da browser, app di chat o server. Condividi invece il file JSON.
Questo link è lungo {n} carattere: i link oltre circa {limit} caratteri possono essere troncati da browser, app di chat o server. Condividi invece il file JSON.|Questo link è lungo {n} caratteri: i link oltre circa {limit} caratteri possono essere troncati da browser, app di chat o server. Condividi invece il file JSON.
Scarica invece il JSON
Controlli di accessibilità
Rapporti di contrasto WCAG dei colori del widget in ogni tema, calcolati dagli stili applicati dal browser.
Ricalcola il contrasto
Colori
Rapporto
Richiede
superato
non superato
Esegui il controllo di accessibilità (axe)
Caricamento di axe-core e controllo dell’anteprima…
Impossibile caricare o eseguire axe-core.
axe-core non ha trovato violazioni nell’anteprima.
Violazioni di axe-core nell’anteprima:
Testo sullo sfondo
Testo sulla superficie
Testo attenuato sullo sfondo
Link sullo sfondo
Riempimento dell’indicatore sulla sua traccia
Riempimento dell’indicatore sullo sfondo
Snippet di incorporamento via URL copiato: pubblica post.json (Scarica JSON) e inserisci il suo indirizzo.
post.json scaricato.
Lo stack sconosciuto «{asked}» è stato ignorato.
La difficoltà sconosciuta «{asked}» è stata ignorata.
L’ordinamento sconosciuto «{asked}» è stato ignorato.
La pagina {asked} non esiste; viene mostrata la pagina {page}.
Articolo di riferimento
Metadati vuoti
Metadati enormi ({n} voce)|Metadati enormi ({n} voci)
Stringhe lunghissime senza interruzioni
Testo da destra a sinistra
Annidamento profondo
Molti articoli simili",
    },
    Locale {
        tag: "nl",
        name: "Nederlands",
        rtl: false,
        plural: PluralRule::OneOther,
        number: symbols(".", ",", 4),
        widget: lazy!("Bericht laden…
Dit bericht kon niet worden weergegeven.
Opnieuw proberen
{n} deel van dit bericht kon niet worden weergegeven zoals gepubliceerd|{n} delen van dit bericht konden niet worden weergegeven zoals gepubliceerd
{done} van {total} klaar
Voortgang kan in deze browser niet worden opgeslagen; hij blijft bewaard tot de pagina wordt gesloten.
Vergelijkbare berichten
Nog geen vergelijkbare berichten.
alphanode-metadata van het bericht
Geen metadata.
Nog {n} tonen
Minder tonen
ja
nee
Geneste lijst tonen ({n} item)|Geneste lijst tonen ({n} items)
Geneste groep tonen ({n} item)|Geneste groep tonen ({n} items)
Geneste lijst verbergen
Geneste groep verbergen
De server antwoordde met HTTP {status}.
Er is geen bericht op dit adres (HTTP 404).
De server antwoordde niet binnen {s} s.
De server stuurde geen JSON.
Het verzoek is mislukt (netwerkfout of geblokkeerd door CORS).
Het document is te groot om weer te geven.
Het document is geen geldig bericht.
Er ging iets mis."),
        #[cfg(any(feature = "app", feature = "ssr"))]
        app: "Taal
Naar de inhoud
technische berichten
Berichten
Zoeken
Titel, samenvatting of onderwerp
Stack
Alle stacks
Moeilijkheid
Elke moeilijkheid
Sorteren
Volgorde van de uitgever
Titel (A–Z)
Kortste leestijd eerst
Langste leestijd eerst
{n} min lezen
Berichten laden…
De lijst met berichten kon niet worden geladen.
Zoeken en filters wissen
Pagina’s
← Vorige
Volgende →
Pagina {page} van {pages}
{from}–{to} van {n} bericht|{from}–{to} van {n} berichten
{from} van {n} bericht|{from} van {n} berichten
Geen berichten gevonden.
Pagina niet gevonden
Er is geen bericht met de naam “{slug}”.
Er is niets op dit adres.
Alle berichten bekijken
Kruimelpad
Dit bericht kon niet worden geladen
Laden…
Bericht niet beschikbaar
Voorbeeld
Ontwerpvoorbeeld
JSON van het bericht
Dit bericht heeft geen metadata.
Het JSON kan niet worden weergegeven; de laatste goede weergave blijft zichtbaar.
Geen problemen.
Weergegeven, met waarschuwingen:
Voorbeeldopties
Voorbeeldbericht
Een voorbeeld laden…
Indeling
Alle indelingen
Thema
Breedte
Indelingen vergelijken
Link kopiëren
Insluitcode kopiëren
URL-code kopiëren
JSON downloaden
Te kopiëren tekst
Link gekopieerd.
Kopieer deze link: {url}
Insluitcode gekopieerd, met het laatst weergegeven JSON (dat in de editor bevat fouten).
Insluitcode gekopieerd.
Kopieer deze insluitcode:
Kopieer deze insluitcode en zet het adres van je post.json erin:
De download kon in deze browser niet starten.
Systeem
Licht
Donker
Hoog contrast
Telefoon
Tablet
Desktop
Vullen
Alle berichten
Niet gevonden
Zet de cursor op een onderstreepte waarde om hier het probleem te lezen.
Fout bij de cursor:
Waarschuwing bij de cursor:
Opmaken
De JSON netjes opmaken met behoud van sleutelvolgorde (Ctrl+Shift+F); Ctrl+Z maakt het ongedaan
Opgemaakt. Ctrl+Z (Cmd+Z) maakt het ongedaan.
Opmaken lukt niet: de JSON bevat een syntaxfout
Een link naar deze voorvertoning kopiëren (Ctrl+Shift+L)
Terug naar voorbeeld
Het bewaarde concept vergeten en de JSON van het voorbeeld opnieuw laden
Het concept is weggegooid; het voorbeeld is opnieuw geladen.
Tonen
Artikel en metavak
Alleen metavak
Alleen artikel
Lay-outs naast elkaar vergeleken
Link gekopieerd, maar hij is {n} teken lang: links van meer dan ongeveer {limit} tekens kunnen door browsers, chat-apps of servers worden afgekapt. Deel liever het JSON-bestand.|Link gekopieerd, maar hij is {n} tekens lang: links van meer dan ongeveer {limit} tekens kunnen door browsers, chat-apps of servers worden afgekapt. Deel liever het JSON-bestand.
Deze link is {n} teken lang: links van meer dan ongeveer {limit} tekens kunnen door browsers, chat-apps of servers worden afgekapt. Deel liever het JSON-bestand.|Deze link is {n} tekens lang: links van meer dan ongeveer {limit} tekens kunnen door browsers, chat-apps of servers worden afgekapt. Deel liever het JSON-bestand.
In plaats daarvan JSON downloaden
Toegankelijkheidscontroles
WCAG-contrastverhoudingen van de kleuren van de widget in elk thema, berekend uit de stijlen die de browser toepast.
Contrast opnieuw berekenen
Kleuren
Verhouding
Vereist
geslaagd
gezakt
Toegankelijkheidscontrole uitvoeren (axe)
axe-core laden en de voorvertoning controleren…
axe-core kon niet worden geladen of uitgevoerd.
axe-core vond geen schendingen in de voorvertoning.
Schendingen volgens axe-core in de voorvertoning:
Tekst op achtergrond
Tekst op vlak
Gedempte tekst op achtergrond
Link op achtergrond
Metervulling op haar spoor
Metervulling op achtergrond
URL-insluitcode gekopieerd: publiceer post.json (JSON downloaden) en zet het adres erin.
post.json gedownload.
Onbekende stack ‘{asked}’ is genegeerd.
Onbekende moeilijkheid ‘{asked}’ is genegeerd.
Onbekende sortering ‘{asked}’ is genegeerd.
Er is geen pagina {asked}; pagina {page} wordt getoond.
Referentiebericht
Lege metagegevens
Enorme metagegevens ({n} item)|Enorme metagegevens ({n} items)
Zeer lange ononderbroken tekenreeksen
Tekst van rechts naar links
Diepe nesting
Veel vergelijkbare berichten",
    },
    Locale {
        tag: "pl",
        name: "Polski",
        rtl: false,
        plural: PluralRule::Polish,
        number: symbols("\u{a0}", ",", 5),
        widget: lazy!("Wczytywanie wpisu…
Nie udało się wyświetlić tego wpisu.
Spróbuj ponownie
{n} część tego wpisu nie mogła zostać wyświetlona tak, jak ją opublikowano|{n} części tego wpisu nie mogły zostać wyświetlone tak, jak je opublikowano|{n} części tego wpisu nie mogło zostać wyświetlonych tak, jak je opublikowano
{done} z {total} gotowe
Postępu nie można zapisać w tej przeglądarce; zostanie zachowany do zamknięcia strony.
Podobne wpisy
Brak podobnych wpisów.
Metadane wpisu alphanode
Brak metadanych.
Pokaż jeszcze {n}
Pokaż mniej
tak
nie
Pokaż zagnieżdżoną listę ({n} element)|Pokaż zagnieżdżoną listę ({n} elementy)|Pokaż zagnieżdżoną listę ({n} elementów)
Pokaż zagnieżdżoną grupę ({n} element)|Pokaż zagnieżdżoną grupę ({n} elementy)|Pokaż zagnieżdżoną grupę ({n} elementów)
Ukryj zagnieżdżoną listę
Ukryj zagnieżdżoną grupę
Serwer odpowiedział kodem HTTP {status}.
Pod tym adresem nie ma wpisu (HTTP 404).
Serwer nie odpowiedział w ciągu {s} s.
Serwer nie wysłał danych JSON.
Żądanie nie powiodło się (błąd sieci lub blokada CORS).
Dokument jest zbyt duży, aby go wyświetlić.
Dokument nie jest prawidłowym wpisem.
Coś poszło nie tak."),
        #[cfg(any(feature = "app", feature = "ssr"))]
        app: "Język
Przejdź do treści
wpisy techniczne
Wpisy
Szukaj
Tytuł, streszczenie lub temat
Stack
Wszystkie stacki
Poziom trudności
Dowolny poziom
Sortowanie
Kolejność wydawcy
Tytuł (A–Z)
Najkrótsze najpierw
Najdłuższe najpierw
{n} min czytania
Wczytywanie wpisów…
Nie udało się wczytać listy wpisów.
Wyczyść wyszukiwanie i filtry
Strony
← Poprzednia
Następna →
Strona {page} z {pages}
{from}–{to} z {n} wpisu|{from}–{to} z {n} wpisów|{from}–{to} z {n} wpisów
{from} z {n} wpisu|{from} z {n} wpisów|{from} z {n} wpisów
Brak pasujących wpisów.
Nie znaleziono strony
Nie ma wpisu o nazwie „{slug}”.
Pod tym adresem nic nie ma.
Przeglądaj wszystkie wpisy
Ścieżka nawigacji
Nie udało się wczytać tego wpisu
Wczytywanie…
Wpis niedostępny
Podgląd
Podgląd projektu
JSON wpisu
Ten wpis nie ma metadanych.
Tego JSON nie da się wyświetlić; widoczna pozostaje ostatnia poprawna wersja.
Brak problemów.
Wyświetlono, z ostrzeżeniami:
Opcje podglądu
Przykład
Wczytaj przykład…
Układ
Wszystkie układy
Motyw
Szerokość
Porównaj układy
Kopiuj link
Kopiuj kod osadzenia
Kopiuj kod z URL
Pobierz JSON
Tekst do skopiowania
Skopiowano link.
Skopiuj ten link: {url}
Skopiowano kod osadzenia z ostatnim wyświetlonym JSON (ten w edytorze ma błędy).
Skopiowano kod osadzenia.
Skopiuj ten kod osadzenia:
Skopiuj ten kod osadzenia i wpisz w nim adres swojego post.json:
Nie udało się rozpocząć pobierania w tej przeglądarce.
Systemowy
Jasny
Ciemny
Wysoki kontrast
Telefon
Tablet
Komputer
Wypełnij
Wszystkie wpisy
Nie znaleziono
Umieść kursor na podkreślonej wartości, aby przeczytać tu jej problem.
Błąd przy kursorze:
Ostrzeżenie przy kursorze:
Formatuj
Sformatuj JSON, zachowując kolejność kluczy (Ctrl+Shift+F); Ctrl+Z to cofa
Sformatowano. Ctrl+Z (Cmd+Z) to cofa.
Nie można sformatować: JSON zawiera błąd składni
Kopiuj link do tego podglądu (Ctrl+Shift+L)
Przywróć przykład
Zapomnij zapisany szkic i wczytaj ponownie JSON przykładu
Szkic odrzucono; przykład wczytano ponownie.
Pokaż
Artykuł i ramka metadanych
Tylko ramka metadanych
Tylko artykuł
Układy porównane obok siebie
Link skopiowano, ale ma {n} znak: linki dłuższe niż około {limit} znaków mogą zostać obcięte przez przeglądarki, komunikatory lub serwery. Udostępnij raczej plik JSON.|Link skopiowano, ale ma {n} znaki: linki dłuższe niż około {limit} znaków mogą zostać obcięte przez przeglądarki, komunikatory lub serwery. Udostępnij raczej plik JSON.|Link skopiowano, ale ma {n} znaków: linki dłuższe niż około {limit} znaków mogą zostać obcięte przez przeglądarki, komunikatory lub serwery. Udostępnij raczej plik JSON.
Ten link ma {n} znak: linki dłuższe niż około {limit} znaków mogą zostać obcięte przez przeglądarki, komunikatory lub serwery. Udostępnij raczej plik JSON.|Ten link ma {n} znaki: linki dłuższe niż około {limit} znaków mogą zostać obcięte przez przeglądarki, komunikatory lub serwery. Udostępnij raczej plik JSON.|Ten link ma {n} znaków: linki dłuższe niż około {limit} znaków mogą zostać obcięte przez przeglądarki, komunikatory lub serwery. Udostępnij raczej plik JSON.
Zamiast tego pobierz JSON
Kontrole dostępności
Współczynniki kontrastu WCAG kolorów widżetu w każdym motywie, obliczone ze stylów stosowanych przez przeglądarkę.
Przelicz kontrast
Kolory
Współczynnik
Wymaga
zaliczone
niezaliczone
Uruchom kontrolę dostępności (axe)
Wczytywanie axe-core i sprawdzanie podglądu…
Nie udało się wczytać ani uruchomić axe-core.
axe-core nie znalazł naruszeń w podglądzie.
Naruszenia wykryte przez axe-core w podglądzie:
Tekst na tle
Tekst na powierzchni
Przygaszony tekst na tle
Link na tle
Wypełnienie wskaźnika na jego ścieżce
Wypełnienie wskaźnika na tle
Skopiowano kod osadzenia z adresem URL: opublikuj post.json (Pobierz JSON) i wpisz w nim jego adres.
Pobrano post.json.
Nieznany stos „{asked}” został zignorowany.
Nieznany poziom trudności „{asked}” został zignorowany.
Nieznana kolejność sortowania „{asked}” została zignorowana.
Nie ma strony {asked}; wyświetlana jest strona {page}.
Wpis wzorcowy
Puste metadane
Ogromne metadane ({n} wpis)|Ogromne metadane ({n} wpisy)|Ogromne metadane ({n} wpisów)
Bardzo długie ciągi bez podziałów
Tekst od prawej do lewej
Głębokie zagnieżdżenie
Wiele podobnych wpisów",
    },
    Locale {
        tag: "ru",
        name: "Русский",
        rtl: false,
        plural: PluralRule::Slavic,
        number: symbols("\u{a0}", ",", 4),
        widget: lazy!("Загрузка публикации…
Не удалось показать эту публикацию.
Повторить
{n} часть публикации не удалось показать в опубликованном виде|{n} части публикации не удалось показать в опубликованном виде|{n} частей публикации не удалось показать в опубликованном виде
{done} из {total} выполнено
Прогресс нельзя сохранить в этом браузере; он сохранится до закрытия страницы.
Похожие публикации
Похожих публикаций пока нет.
Метаданные публикации alphanode
Нет метаданных.
Показать ещё {n}
Показать меньше
да
нет
Показать вложенный список ({n} элемент)|Показать вложенный список ({n} элемента)|Показать вложенный список ({n} элементов)
Показать вложенную группу ({n} элемент)|Показать вложенную группу ({n} элемента)|Показать вложенную группу ({n} элементов)
Скрыть вложенный список
Скрыть вложенную группу
Сервер ответил HTTP {status}.
По этому адресу нет публикации (HTTP 404).
Сервер не ответил за {s} с.
Сервер прислал не JSON.
Запрос не выполнен (ошибка сети или блокировка CORS).
Документ слишком большой для показа.
Документ не является корректной публикацией.
Что-то пошло не так."),
        #[cfg(any(feature = "app", feature = "ssr"))]
        app: "Язык
Перейти к содержимому
технические публикации
Публикации
Поиск
Заголовок, описание или тема
Стек
Все стеки
Сложность
Любая сложность
Сортировка
Порядок издателя
Заголовок (А–Я)
Сначала короткие
Сначала длинные
{n} мин чтения
Загрузка публикаций…
Не удалось загрузить список публикаций.
Сбросить поиск и фильтры
Страницы
← Назад
Вперёд →
Страница {page} из {pages}
{from}–{to} из {n} публикации|{from}–{to} из {n} публикаций|{from}–{to} из {n} публикаций
{from} из {n} публикации|{from} из {n} публикаций|{from} из {n} публикаций
Публикаций не найдено.
Страница не найдена
Публикации «{slug}» нет.
По этому адресу ничего нет.
Все публикации
Навигационная цепочка
Не удалось загрузить публикацию
Загрузка…
Публикация недоступна
Предпросмотр
Предпросмотр дизайна
JSON публикации
У этой публикации нет метаданных.
JSON не удаётся отобразить; остаётся видна последняя удачная версия.
Проблем нет.
Отображено, с предупреждениями:
Параметры предпросмотра
Пример
Загрузить пример…
Макет
Все макеты
Тема
Ширина
Сравнить макеты
Копировать ссылку
Копировать код вставки
Копировать код с URL
Скачать JSON
Текст для копирования
Ссылка скопирована.
Скопируйте ссылку: {url}
Код вставки скопирован с последним отображённым JSON (в редакторе есть ошибки).
Код вставки скопирован.
Скопируйте этот код вставки:
Скопируйте этот код вставки и укажите в нём адрес вашего post.json:
Не удалось начать загрузку в этом браузере.
Системная
Светлая
Тёмная
Высокий контраст
Телефон
Планшет
Компьютер
Во всю ширину
Все публикации
Не найдено
Поставьте курсор на подчёркнутое значение, чтобы прочитать здесь, что с ним не так.
Ошибка у курсора:
Предупреждение у курсора:
Форматировать
Отформатировать JSON, сохранив порядок ключей (Ctrl+Shift+F); Ctrl+Z отменяет
Отформатировано. Ctrl+Z (Cmd+Z) отменяет.
Не удаётся отформатировать: в JSON синтаксическая ошибка
Скопировать ссылку на этот предпросмотр (Ctrl+Shift+L)
Вернуть образец
Забыть сохранённый черновик и снова загрузить JSON образца
Черновик удалён; образец загружен снова.
Показать
Статья и блок метаданных
Только блок метаданных
Только статья
Макеты рядом для сравнения
Ссылка скопирована, но её длина — {n} символ: ссылки длиннее примерно {limit} символов браузеры, мессенджеры или серверы могут обрезать. Лучше поделитесь файлом JSON.|Ссылка скопирована, но её длина — {n} символа: ссылки длиннее примерно {limit} символов браузеры, мессенджеры или серверы могут обрезать. Лучше поделитесь файлом JSON.|Ссылка скопирована, но её длина — {n} символов: ссылки длиннее примерно {limit} символов браузеры, мессенджеры или серверы могут обрезать. Лучше поделитесь файлом JSON.
Длина этой ссылки — {n} символ: ссылки длиннее примерно {limit} символов браузеры, мессенджеры или серверы могут обрезать. Лучше поделитесь файлом JSON.|Длина этой ссылки — {n} символа: ссылки длиннее примерно {limit} символов браузеры, мессенджеры или серверы могут обрезать. Лучше поделитесь файлом JSON.|Длина этой ссылки — {n} символов: ссылки длиннее примерно {limit} символов браузеры, мессенджеры или серверы могут обрезать. Лучше поделитесь файлом JSON.
Скачать JSON вместо этого
Проверки доступности
Коэффициенты контраста WCAG для цветов виджета в каждой теме, вычисленные по стилям, которые применяет браузер.
Пересчитать контраст
Цвета
Коэффициент
Нужно
пройдено
не пройдено
Запустить проверку доступности (axe)
Загрузка axe-core и проверка предпросмотра…
Не удалось загрузить или запустить axe-core.
axe-core не нашёл нарушений в предпросмотре.
Нарушения, найденные axe-core в предпросмотре:
Текст на фоне
Текст на поверхности
Приглушённый текст на фоне
Ссылка на фоне
Заполнение шкалы на её дорожке
Заполнение шкалы на фоне
Код встраивания по URL скопирован: опубликуйте post.json (Скачать JSON) и укажите в коде его адрес.
post.json скачан.
Неизвестный стек «{asked}» проигнорирован.
Неизвестная сложность «{asked}» проигнорирована.
Неизвестный порядок сортировки «{asked}» проигнорирован.
Страницы {asked} нет; показана страница {page}.
Эталонная статья
Пустые метаданные
Огромные метаданные ({n} запись)|Огромные метаданные ({n} записи)|Огромные метаданные ({n} записей)
Очень длинные строки без переносов
Текст справа налево
Глубокая вложенность
Много похожих статей",
    },
    Locale {
        tag: "tr",
        name: "Türkçe",
        rtl: false,
        plural: PluralRule::OneOther,
        number: symbols(".", ",", 4),
        widget: lazy!("Gönderi yükleniyor…
Bu gönderi gösterilemedi.
Tekrar dene
Bu gönderinin {n} bölümü yayımlandığı gibi gösterilemedi
{done}/{total} tamamlandı
İlerleme bu tarayıcıda kaydedilemiyor; sayfa kapanana kadar korunur.
Benzer gönderiler
Henüz benzer gönderi yok.
alphanode gönderi meta verileri
Meta veri yok.
{n} tane daha göster
Daha az göster
evet
hayır
İç içe listeyi göster ({n} öğe)
İç içe grubu göster ({n} öğe)
İç içe listeyi gizle
İç içe grubu gizle
Sunucu HTTP {status} ile yanıt verdi.
Bu adreste gönderi yok (HTTP 404).
Sunucu {s} sn içinde yanıt vermedi.
Sunucu JSON göndermedi.
İstek başarısız oldu (ağ hatası veya CORS engeli).
Belge gösterilemeyecek kadar büyük.
Belge geçerli bir gönderi değil.
Bir şeyler ters gitti."),
        #[cfg(any(feature = "app", feature = "ssr"))]
        app: "Dil
İçeriğe atla
teknik gönderiler
Gönderiler
Ara
Başlık, özet veya konu
Yığın
Tüm yığınlar
Zorluk
Her zorluk
Sırala
Yayıncının sırası
Başlık (A–Z)
Önce en kısa okuma
Önce en uzun okuma
{n} dk okuma
Gönderiler yükleniyor…
Gönderi listesi yüklenemedi.
Aramayı ve filtreleri temizle
Sayfalar
← Önceki
Sonraki →
Sayfa {page}/{pages}
{n} gönderiden {from}–{to}
{n} gönderiden {from}
Eşleşen gönderi yok.
Sayfa bulunamadı
“{slug}” adlı bir gönderi yok.
Bu adreste hiçbir şey yok.
Tüm gönderilere göz at
İçerik haritası
Bu gönderi yüklenemedi
Yükleniyor…
Gönderi kullanılamıyor
Önizleme
Tasarım önizlemesi
Gönderi JSON’u
Bu gönderinin meta verisi yok.
JSON gösterilemiyor; son geçerli görünüm ekranda kalır.
Sorun yok.
Uyarılarla gösterildi:
Önizleme seçenekleri
Örnek
Bir örnek yükle…
Düzen
Tüm düzenler
Tema
Genişlik
Düzenleri karşılaştır
Bağlantıyı kopyala
Yerleştirme kodunu kopyala
URL kodunu kopyala
JSON’u indir
Kopyalanacak metin
Bağlantı kopyalandı.
Bu bağlantıyı kopyalayın: {url}
Yerleştirme kodu, son gösterilen JSON ile kopyalandı (düzenleyicideki hatalı).
Yerleştirme kodu kopyalandı.
Bu yerleştirme kodunu kopyalayın:
Bu yerleştirme kodunu kopyalayın ve içine post.json adresinizi yazın:
İndirme bu tarayıcıda başlatılamadı.
Sistem
Açık
Koyu
Yüksek karşıtlık
Telefon
Tablet
Masaüstü
Doldur
Tüm gönderiler
Bulunamadı
Sorununu burada okumak için imleci altı çizili bir değerin üzerine getirin.
İmleçteki hata:
İmleçteki uyarı:
Biçimlendir
JSON'u anahtar sırasını koruyarak düzenle (Ctrl+Shift+F); Ctrl+Z geri alır
Biçimlendirildi. Ctrl+Z (Cmd+Z) geri alır.
Biçimlendirilemiyor: JSON'da söz dizimi hatası var
Bu önizlemenin bağlantısını kopyala (Ctrl+Shift+L)
Örneğe sıfırla
Saklanan taslağı unut ve örneğin JSON'unu yeniden yükle
Taslak silindi; örnek yeniden yüklendi.
Göster
Makale ve meta kutusu
Yalnızca meta kutusu
Yalnızca makale
Düzenler yan yana karşılaştırıldı
Bağlantı kopyalandı, ancak {n} karakter uzunluğunda: yaklaşık {limit} karakterden uzun bağlantılar tarayıcılar, sohbet uygulamaları veya sunucular tarafından kesilebilir. Bunun yerine JSON dosyasını paylaşın.|Bağlantı kopyalandı, ancak {n} karakter uzunluğunda: yaklaşık {limit} karakterden uzun bağlantılar tarayıcılar, sohbet uygulamaları veya sunucular tarafından kesilebilir. Bunun yerine JSON dosyasını paylaşın.
Bu bağlantı {n} karakter uzunluğunda: yaklaşık {limit} karakterden uzun bağlantılar tarayıcılar, sohbet uygulamaları veya sunucular tarafından kesilebilir. Bunun yerine JSON dosyasını paylaşın.|Bu bağlantı {n} karakter uzunluğunda: yaklaşık {limit} karakterden uzun bağlantılar tarayıcılar, sohbet uygulamaları veya sunucular tarafından kesilebilir. Bunun yerine JSON dosyasını paylaşın.
Bunun yerine JSON indir
Erişilebilirlik denetimleri
Widget renklerinin her temadaki WCAG kontrast oranları, tarayıcının uyguladığı stillerden hesaplanır.
Kontrastı yeniden hesapla
Renkler
Oran
Gereken
geçti
kaldı
Erişilebilirlik denetimini çalıştır (axe)
axe-core yükleniyor ve önizleme denetleniyor…
axe-core yüklenemedi veya çalıştırılamadı.
axe-core önizlemede ihlal bulmadı.
axe-core'un önizlemede bulduğu ihlaller:
Arka plan üzerinde metin
Yüzey üzerinde metin
Arka plan üzerinde soluk metin
Arka plan üzerinde bağlantı
Kendi izi üzerinde gösterge dolgusu
Arka plan üzerinde gösterge dolgusu
URL yerleştirme kodu kopyalandı: post.json'u yayımlayın (JSON indir) ve adresini koda yazın.
post.json indirildi.
Bilinmeyen yığın “{asked}” yok sayıldı.
Bilinmeyen zorluk “{asked}” yok sayıldı.
Bilinmeyen sıralama “{asked}” yok sayıldı.
{asked}. sayfa yok; {page}. sayfa gösteriliyor.
Referans yazı
Boş meta
Devasa meta ({n} girdi)|Devasa meta ({n} girdi)
Çok uzun kesintisiz dizeler
Sağdan sola metin
Derin iç içe yapı
Çok sayıda benzer yazı",
    },
    Locale {
        tag: "ja",
        name: "日本語",
        rtl: false,
        plural: PluralRule::None,
        number: symbols(",", ".", 4),
        widget: lazy!("投稿を読み込んでいます…
この投稿を表示できませんでした。
再試行
この投稿の {n} 個の部分を公開どおりに表示できませんでした
{total} 件中 {done} 件完了
このブラウザーでは進捗を保存できません。ページを閉じるまで保持されます。
関連する投稿
関連する投稿はまだありません。
alphanode 投稿メタデータ
メタデータはありません。
さらに {n} 件表示
表示を減らす
はい
いいえ
ネストされたリストを表示（{n} 件）
ネストされたグループを表示（{n} 件）
ネストされたリストを隠す
ネストされたグループを隠す
サーバーが HTTP {status} を返しました。
このアドレスに投稿はありません（HTTP 404）。
サーバーが {s} 秒以内に応答しませんでした。
サーバーが JSON を送信しませんでした。
リクエストに失敗しました（ネットワークエラーまたは CORS によるブロック）。
ドキュメントが大きすぎて表示できません。
ドキュメントは有効な投稿ではありません。
問題が発生しました。"),
        #[cfg(any(feature = "app", feature = "ssr"))]
        app: "言語
本文へスキップ
技術記事
投稿
検索
タイトル、概要、トピック
スタック
すべてのスタック
難易度
すべての難易度
並べ替え
公開者の順
タイトル（A–Z）
短い順
長い順
{n} 分で読めます
投稿を読み込んでいます…
投稿の一覧を読み込めませんでした。
検索とフィルターをクリア
ページ
← 前へ
次へ →
{pages} ページ中 {page} ページ
{n} 件中 {from}–{to} 件
{n} 件中 {from} 件
一致する投稿はありません。
ページが見つかりません
「{slug}」という投稿はありません。
このアドレスには何もありません。
すべての投稿を見る
パンくずリスト
この投稿を読み込めませんでした
読み込み中…
投稿を利用できません
プレビュー
デザインプレビュー
投稿の JSON
この投稿にはメタデータがありません。
JSON を表示できません。最後に表示できた内容がそのまま残ります。
問題はありません。
警告付きで表示しました：
プレビューのオプション
サンプル
サンプルを読み込む…
レイアウト
すべてのレイアウト
テーマ
幅
レイアウトを比較
リンクをコピー
埋め込みコードをコピー
URL 付きコードをコピー
JSON をダウンロード
コピーするテキスト
リンクをコピーしました。
このリンクをコピーしてください：{url}
最後に表示できた JSON で埋め込みコードをコピーしました（エディターの JSON にはエラーがあります）。
埋め込みコードをコピーしました。
この埋め込みコードをコピーしてください：
この埋め込みコードをコピーし、post.json のアドレスを入れてください：
このブラウザーではダウンロードを開始できませんでした。
システム
ライト
ダーク
ハイコントラスト
スマートフォン
タブレット
デスクトップ
全幅
すべての投稿
見つかりません
下線の付いた値にカーソルを置くと、ここにその問題が表示されます。
カーソル位置のエラー:
カーソル位置の警告:
整形
キーの順序を保ったまま JSON を整形します (Ctrl+Shift+F)。Ctrl+Z で元に戻せます
整形しました。Ctrl+Z (Cmd+Z) で元に戻せます。
整形できません: JSON に構文エラーがあります
このプレビューへのリンクをコピー (Ctrl+Shift+L)
サンプルに戻す
保存された下書きを破棄し、サンプルの JSON を読み込み直します
下書きを破棄し、サンプルを読み込み直しました。
表示
記事とメタボックス
メタボックスのみ
記事のみ
レイアウトを並べて比較
リンクをコピーしましたが、長さが {n} 文字あります。約 {limit} 文字を超えるリンクはブラウザー、チャットアプリ、サーバーで切り詰められることがあります。代わりに JSON ファイルを共有してください。
このリンクは {n} 文字あります。約 {limit} 文字を超えるリンクはブラウザー、チャットアプリ、サーバーで切り詰められることがあります。代わりに JSON ファイルを共有してください。
代わりに JSON をダウンロード
アクセシビリティチェック
各テーマにおけるウィジェットの色の WCAG コントラスト比。ブラウザーが適用したスタイルから計算します。
コントラストを再計算
色
比
必要
合格
不合格
アクセシビリティチェックを実行 (axe)
axe-core を読み込んでプレビューをチェックしています…
axe-core を読み込めないか、実行できませんでした。
axe-core はプレビューに違反を見つけませんでした。
プレビューで axe-core が見つけた違反:
背景上のテキスト
サーフェス上のテキスト
背景上の淡色テキスト
背景上のリンク
トラック上のメーターの塗り
背景上のメーターの塗り
URL 埋め込みスニペットをコピーしました。post.json を公開し (JSON をダウンロード)、そのアドレスをスニペットに入れてください。
post.json をダウンロードしました。
不明なスタック「{asked}」は無視されました。
不明な難易度「{asked}」は無視されました。
不明な並べ替え順「{asked}」は無視されました。
{asked} ページはありません。{page} ページを表示しています。
参考記事
空のメタ
巨大なメタ ({n} 件)
非常に長い途切れない文字列
右から左へのテキスト
深い入れ子
多数の関連記事",
    },
    Locale {
        tag: "zh",
        name: "中文",
        rtl: false,
        plural: PluralRule::None,
        number: symbols(",", ".", 4),
        widget: lazy!("正在加载文章…
无法显示这篇文章。
重试
这篇文章有 {n} 处无法按发布时的样子显示
已完成 {done}/{total}
此浏览器无法保存进度；进度会保留到页面关闭为止。
相似文章
暂无相似文章。
alphanode 文章元数据
没有元数据。
再显示 {n} 项
收起
是
否
显示嵌套列表（{n} 项）
显示嵌套分组（{n} 项）
隐藏嵌套列表
隐藏嵌套分组
服务器返回了 HTTP {status}。
此地址没有文章（HTTP 404）。
服务器在 {s} 秒内没有响应。
服务器没有发送 JSON。
请求失败（网络错误或被 CORS 阻止）。
文档太大，无法显示。
该文档不是有效的文章。
出了点问题。"),
        #[cfg(any(feature = "app", feature = "ssr"))]
        app: "语言
跳到内容
技术文章
文章
搜索
标题、摘要或主题
技术栈
所有技术栈
难度
任意难度
排序
发布者顺序
标题（A–Z）
阅读时间从短到长
阅读时间从长到短
阅读 {n} 分钟
正在加载文章…
无法加载文章列表。
清除搜索和筛选
页面
← 上一页
下一页 →
第 {page} 页，共 {pages} 页
第 {from}–{to} 篇，共 {n} 篇
第 {from} 篇，共 {n} 篇
没有匹配的文章。
找不到页面
没有名为“{slug}”的文章。
此地址没有内容。
浏览所有文章
面包屑导航
无法加载这篇文章
正在加载…
文章不可用
预览
设计预览
文章 JSON
这篇文章没有元数据。
无法渲染此 JSON；最后一次成功的渲染仍然可见。
没有问题。
已渲染，但有警告：
预览选项
示例
加载示例…
布局
所有布局
主题
宽度
比较布局
复制链接
复制嵌入代码
复制 URL 代码
下载 JSON
要复制的文本
链接已复制。
请复制此链接：{url}
已复制嵌入代码，使用最后一次成功渲染的 JSON（编辑器中的有错误）。
已复制嵌入代码。
请复制此嵌入代码：
请复制此嵌入代码，并填入你的 post.json 地址：
此浏览器无法开始下载。
跟随系统
浅色
深色
高对比度
手机
平板
桌面
填满
所有文章
未找到
将光标放在带下划线的值上，即可在此查看其问题。
光标处的错误：
光标处的警告：
格式化
格式化 JSON 并保留键的顺序 (Ctrl+Shift+F)；Ctrl+Z 可撤销
已格式化。Ctrl+Z (Cmd+Z) 可撤销。
无法格式化：JSON 有语法错误
复制此预览的链接 (Ctrl+Shift+L)
重置为示例
丢弃保存的草稿并重新加载示例的 JSON
草稿已丢弃；已重新加载示例。
显示
文章和元数据框
仅元数据框
仅文章
并排比较布局
链接已复制，但它长 {n} 个字符：超过约 {limit} 个字符的链接可能会被浏览器、聊天应用或服务器截断。请改为分享 JSON 文件。
此链接长 {n} 个字符：超过约 {limit} 个字符的链接可能会被浏览器、聊天应用或服务器截断。请改为分享 JSON 文件。
改为下载 JSON
无障碍检查
小部件颜色在各主题中的 WCAG 对比度，根据浏览器应用的样式计算。
重新计算对比度
颜色
对比度
要求
通过
未通过
运行无障碍检查 (axe)
正在加载 axe-core 并检查预览…
无法加载或运行 axe-core。
axe-core 未在预览中发现违规。
axe-core 在预览中发现的违规：
背景上的文字
表面上的文字
背景上的弱化文字
背景上的链接
轨道上的进度条填充
背景上的进度条填充
已复制 URL 嵌入代码：发布 post.json（下载 JSON）并在代码中填入其地址。
已下载 post.json。
已忽略未知的技术栈“{asked}”。
已忽略未知的难度“{asked}”。
已忽略未知的排序方式“{asked}”。
没有第 {asked} 页；显示第 {page} 页。
参考文章
空元数据
超大元数据（{n} 项）
超长无断行字符串
从右到左的文字
深层嵌套
大量相似文章",
    },
    Locale {
        tag: "ko",
        name: "한국어",
        rtl: false,
        plural: PluralRule::None,
        number: symbols(",", ".", 4),
        widget: lazy!("게시물을 불러오는 중…
이 게시물을 표시할 수 없습니다.
다시 시도
이 게시물의 {n}개 부분을 게시된 대로 표시할 수 없습니다
{total}개 중 {done}개 완료
이 브라우저에서는 진행 상황을 저장할 수 없습니다. 페이지를 닫을 때까지 유지됩니다.
비슷한 게시물
아직 비슷한 게시물이 없습니다.
alphanode 게시물 메타데이터
메타데이터가 없습니다.
{n}개 더 보기
간단히 보기
예
아니요
중첩 목록 보기({n}개 항목)
중첩 그룹 보기({n}개 항목)
중첩 목록 숨기기
중첩 그룹 숨기기
서버가 HTTP {status}(으)로 응답했습니다.
이 주소에는 게시물이 없습니다(HTTP 404).
서버가 {s}초 안에 응답하지 않았습니다.
서버가 JSON을 보내지 않았습니다.
요청이 실패했습니다(네트워크 오류 또는 CORS 차단).
문서가 너무 커서 표시할 수 없습니다.
문서가 올바른 게시물이 아닙니다.
문제가 발생했습니다."),
        #[cfg(any(feature = "app", feature = "ssr"))]
        app: "언어
본문으로 건너뛰기
기술 게시물
게시물
검색
제목, 요약 또는 주제
스택
모든 스택
난이도
모든 난이도
정렬
게시자 순서
제목(A–Z)
짧은 글 먼저
긴 글 먼저
{n}분 분량
게시물을 불러오는 중…
게시물 목록을 불러올 수 없습니다.
검색 및 필터 지우기
페이지
← 이전
다음 →
{pages}페이지 중 {page}페이지
{n}개 중 {from}–{to}번째 게시물
{n}개 중 {from}번째 게시물
일치하는 게시물이 없습니다.
페이지를 찾을 수 없습니다
“{slug}”(이)라는 게시물이 없습니다.
이 주소에는 아무것도 없습니다.
모든 게시물 보기
이동 경로
이 게시물을 불러올 수 없습니다
불러오는 중…
게시물을 사용할 수 없음
미리보기
디자인 미리보기
게시물 JSON
이 게시물에는 메타데이터가 없습니다.
JSON을 렌더링할 수 없습니다. 마지막으로 성공한 렌더링이 계속 표시됩니다.
문제가 없습니다.
경고와 함께 렌더링됨:
미리보기 옵션
샘플
샘플 불러오기…
레이아웃
모든 레이아웃
테마
너비
레이아웃 비교
링크 복사
삽입 코드 복사
URL 코드 복사
JSON 다운로드
복사할 텍스트
링크를 복사했습니다.
이 링크를 복사하세요: {url}
마지막으로 렌더링된 JSON으로 삽입 코드를 복사했습니다(편집기의 JSON에 오류가 있음).
삽입 코드를 복사했습니다.
이 삽입 코드를 복사하세요:
이 삽입 코드를 복사한 뒤 post.json 주소를 넣으세요:
이 브라우저에서 다운로드를 시작할 수 없습니다.
시스템
라이트
다크
고대비
휴대폰
태블릿
데스크톱
채우기
모든 게시물
찾을 수 없음
밑줄이 그어진 값에 커서를 두면 여기에서 문제를 볼 수 있습니다.
커서 위치의 오류:
커서 위치의 경고:
서식 지정
키 순서를 유지하며 JSON 서식 지정 (Ctrl+Shift+F); Ctrl+Z로 되돌릴 수 있음
서식을 지정했습니다. Ctrl+Z (Cmd+Z)로 되돌릴 수 있습니다.
서식을 지정할 수 없음: JSON에 구문 오류가 있습니다
이 미리보기 링크 복사 (Ctrl+Shift+L)
샘플로 재설정
저장된 초안을 버리고 샘플의 JSON을 다시 불러오기
초안을 버렸고 샘플을 다시 불러왔습니다.
표시
글과 메타 상자
메타 상자만
글만
레이아웃 나란히 비교
링크를 복사했지만 길이가 {n}자입니다. 약 {limit}자를 넘는 링크는 브라우저, 채팅 앱 또는 서버에서 잘릴 수 있습니다. 대신 JSON 파일을 공유하세요.
이 링크의 길이는 {n}자입니다. 약 {limit}자를 넘는 링크는 브라우저, 채팅 앱 또는 서버에서 잘릴 수 있습니다. 대신 JSON 파일을 공유하세요.
대신 JSON 다운로드
접근성 검사
브라우저가 적용한 스타일로 계산한, 테마별 위젯 색상의 WCAG 명암비입니다.
명암비 다시 계산
색상
비율
기준
통과
실패
접근성 검사 실행 (axe)
axe-core를 불러와 미리보기를 검사하는 중…
axe-core를 불러오거나 실행할 수 없습니다.
axe-core가 미리보기에서 위반 사항을 찾지 못했습니다.
axe-core가 미리보기에서 찾은 위반 사항:
배경 위 텍스트
표면 위 텍스트
배경 위 흐린 텍스트
배경 위 링크
트랙 위 미터 채움
배경 위 미터 채움
URL 임베드 스니펫을 복사했습니다. post.json을 게시하고(JSON 다운로드) 그 주소를 스니펫에 넣으세요.
post.json을 다운로드했습니다.
알 수 없는 스택 “{asked}”을(를) 무시했습니다.
알 수 없는 난이도 “{asked}”을(를) 무시했습니다.
알 수 없는 정렬 순서 “{asked}”을(를) 무시했습니다.
{asked}페이지가 없어 {page}페이지를 표시합니다.
참고 글
빈 메타
거대한 메타 ({n}개 항목)
끊김 없는 매우 긴 문자열
오른쪽에서 왼쪽으로 쓰는 텍스트
깊은 중첩
비슷한 글 다수",
    },
    Locale {
        tag: "ar",
        name: "العربية",
        rtl: true,
        plural: PluralRule::Arabic,
        number: NumberSymbols {
            group: ",",
            decimal: ".",
            minus: "\u{200e}-",
            min_grouped: 4,
            zero: '0',
        },
        widget: lazy!("جارٍ تحميل المنشور…
تعذّر عرض هذا المنشور.
إعادة المحاولة
تعذّر عرض {n} جزء من هذا المنشور كما نُشر|تعذّر عرض جزء واحد من هذا المنشور كما نُشر|تعذّر عرض جزأين من هذا المنشور كما نُشرا|تعذّر عرض {n} أجزاء من هذا المنشور كما نُشرت|تعذّر عرض {n} جزءًا من هذا المنشور كما نُشر|تعذّر عرض {n} جزء من هذا المنشور كما نُشر
تم {done} من {total}
لا يمكن حفظ التقدّم في هذا المتصفح؛ سيبقى حتى إغلاق الصفحة.
منشورات مشابهة
لا توجد منشورات مشابهة بعد.
بيانات alphanode الوصفية للمنشور
لا توجد بيانات وصفية.
عرض {n} إضافي|عرض عنصر واحد آخر|عرض عنصرين آخرين|عرض {n} عناصر أخرى|عرض {n} عنصرًا آخر|عرض {n} عنصر آخر
عرض أقل
نعم
لا
عرض القائمة المتداخلة ({n} عنصر)|عرض القائمة المتداخلة (عنصر واحد)|عرض القائمة المتداخلة (عنصران)|عرض القائمة المتداخلة ({n} عناصر)|عرض القائمة المتداخلة ({n} عنصرًا)|عرض القائمة المتداخلة ({n} عنصر)
عرض المجموعة المتداخلة ({n} عنصر)|عرض المجموعة المتداخلة (عنصر واحد)|عرض المجموعة المتداخلة (عنصران)|عرض المجموعة المتداخلة ({n} عناصر)|عرض المجموعة المتداخلة ({n} عنصرًا)|عرض المجموعة المتداخلة ({n} عنصر)
إخفاء القائمة المتداخلة
إخفاء المجموعة المتداخلة
ردّ الخادم بـ HTTP {status}.
لا يوجد منشور على هذا العنوان (HTTP 404).
لم يستجب الخادم خلال {s} ث.
لم يرسل الخادم JSON.
فشل الطلب (خطأ في الشبكة أو حظر CORS).
المستند أكبر من أن يُعرض.
المستند ليس منشورًا صالحًا.
حدث خطأ ما."),
        #[cfg(any(feature = "app", feature = "ssr"))]
        app: "اللغة
انتقل إلى المحتوى
منشورات تقنية
المنشورات
بحث
العنوان أو الملخص أو الموضوع
الحزمة التقنية
كل الحزم
الصعوبة
أي صعوبة
الترتيب
ترتيب الناشر
العنوان (أ–ي)
الأقصر قراءة أولًا
الأطول قراءة أولًا
قراءة {n} دقيقة
جارٍ تحميل المنشورات…
تعذّر تحميل قائمة المنشورات.
مسح البحث والمرشحات
الصفحات
→ السابق
التالي ←
الصفحة {page} من {pages}
{from}–{to} من {n} منشور
{from} من {n} منشور
لا توجد منشورات مطابقة.
الصفحة غير موجودة
لا يوجد منشور باسم “{slug}”.
لا يوجد شيء على هذا العنوان.
تصفّح كل المنشورات
مسار التنقل
تعذّر تحميل هذا المنشور
جارٍ التحميل…
المنشور غير متاح
معاينة
معاينة التصميم
JSON المنشور
لا توجد بيانات وصفية لهذا المنشور.
لا يمكن عرض JSON؛ تبقى آخر نسخة صالحة ظاهرة.
لا توجد مشكلات.
عُرض مع تحذيرات:
خيارات المعاينة
عينة
تحميل عينة…
التخطيط
كل التخطيطات
السمة
العرض
مقارنة التخطيطات
نسخ الرابط
نسخ شيفرة التضمين
نسخ شيفرة الرابط
تنزيل JSON
نص للنسخ
نُسخ الرابط.
انسخ هذا الرابط: {url}
نُسخت شيفرة التضمين مع آخر JSON عُرض (في المحرر أخطاء).
نُسخت شيفرة التضمين.
انسخ شيفرة التضمين هذه:
انسخ شيفرة التضمين هذه، ثم ضع فيها عنوان ملف post.json:
تعذّر بدء التنزيل في هذا المتصفح.
النظام
فاتح
داكن
تباين عالٍ
هاتف
جهاز لوحي
حاسوب
ملء
كل المنشورات
غير موجود
ضع المؤشر على قيمة مسطّرة لتقرأ مشكلتها هنا.
خطأ عند المؤشر:
تحذير عند المؤشر:
تنسيق
تنسيق JSON مع الحفاظ على ترتيب المفاتيح (Ctrl+Shift+F)؛ يتراجع عنه Ctrl+Z
تم التنسيق. يتراجع عنه Ctrl+Z (Cmd+Z).
تعذّر التنسيق: في JSON خطأ في الصياغة
نسخ رابط إلى هذه المعاينة (Ctrl+Shift+L)
إعادة العيّنة
تجاهل المسودة المحفوظة وتحميل JSON العيّنة من جديد
تم تجاهل المسودة؛ وأُعيد تحميل العيّنة.
عرض
المقالة ومربع البيانات الوصفية
مربع البيانات الوصفية فقط
المقالة فقط
التخطيطات متجاورة للمقارنة
نُسخ الرابط، لكن طوله {n} حرف: قد تقطع المتصفحات أو تطبيقات الدردشة أو الخوادم الروابط التي تزيد على نحو {limit} حرف. شارك ملف JSON بدلًا منه.|نُسخ الرابط، لكن طوله حرف واحد ({n}): قد تقطع المتصفحات أو تطبيقات الدردشة أو الخوادم الروابط التي تزيد على نحو {limit} حرف. شارك ملف JSON بدلًا منه.|نُسخ الرابط، لكن طوله حرفان ({n}): قد تقطع المتصفحات أو تطبيقات الدردشة أو الخوادم الروابط التي تزيد على نحو {limit} حرف. شارك ملف JSON بدلًا منه.|نُسخ الرابط، لكن طوله {n} أحرف: قد تقطع المتصفحات أو تطبيقات الدردشة أو الخوادم الروابط التي تزيد على نحو {limit} حرف. شارك ملف JSON بدلًا منه.|نُسخ الرابط، لكن طوله {n} حرفًا: قد تقطع المتصفحات أو تطبيقات الدردشة أو الخوادم الروابط التي تزيد على نحو {limit} حرف. شارك ملف JSON بدلًا منه.|نُسخ الرابط، لكن طوله {n} حرف: قد تقطع المتصفحات أو تطبيقات الدردشة أو الخوادم الروابط التي تزيد على نحو {limit} حرف. شارك ملف JSON بدلًا منه.
طول هذا الرابط {n} حرف: قد تقطع المتصفحات أو تطبيقات الدردشة أو الخوادم الروابط التي تزيد على نحو {limit} حرف. شارك ملف JSON بدلًا منه.|طول هذا الرابط حرف واحد ({n}): قد تقطع المتصفحات أو تطبيقات الدردشة أو الخوادم الروابط التي تزيد على نحو {limit} حرف. شارك ملف JSON بدلًا منه.|طول هذا الرابط حرفان ({n}): قد تقطع المتصفحات أو تطبيقات الدردشة أو الخوادم الروابط التي تزيد على نحو {limit} حرف. شارك ملف JSON بدلًا منه.|طول هذا الرابط {n} أحرف: قد تقطع المتصفحات أو تطبيقات الدردشة أو الخوادم الروابط التي تزيد على نحو {limit} حرف. شارك ملف JSON بدلًا منه.|طول هذا الرابط {n} حرفًا: قد تقطع المتصفحات أو تطبيقات الدردشة أو الخوادم الروابط التي تزيد على نحو {limit} حرف. شارك ملف JSON بدلًا منه.|طول هذا الرابط {n} حرف: قد تقطع المتصفحات أو تطبيقات الدردشة أو الخوادم الروابط التي تزيد على نحو {limit} حرف. شارك ملف JSON بدلًا منه.
تنزيل JSON بدلًا من ذلك
فحوص إمكانية الوصول
نسب التباين وفق WCAG لألوان الأداة في كل سمة، محسوبة من الأنماط التي يطبّقها المتصفح.
إعادة حساب التباين
الألوان
النسبة
المطلوب
ناجح
راسب
تشغيل فحص إمكانية الوصول (axe)
جارٍ تحميل axe-core وفحص المعاينة…
تعذّر تحميل axe-core أو تشغيله.
لم يجد axe-core أي مخالفات في المعاينة.
مخالفات وجدها axe-core في المعاينة:
نص على الخلفية
نص على السطح
نص باهت على الخلفية
رابط على الخلفية
تعبئة المقياس على مساره
تعبئة المقياس على الخلفية
نُسخت شيفرة التضمين بعنوان URL: انشر post.json (تنزيل JSON) وضع عنوانه فيها.
نُزّل post.json.
تم تجاهل الحزمة التقنية غير المعروفة «{asked}».
تم تجاهل مستوى الصعوبة غير المعروف «{asked}».
تم تجاهل ترتيب الفرز غير المعروف «{asked}».
لا توجد صفحة {asked}؛ تُعرض الصفحة {page}.
منشور مرجعي
بيانات وصفية فارغة
بيانات وصفية ضخمة ({n} إدخال)|بيانات وصفية ضخمة (إدخال واحد)|بيانات وصفية ضخمة (إدخالان)|بيانات وصفية ضخمة ({n} إدخالات)|بيانات وصفية ضخمة ({n} إدخالًا)|بيانات وصفية ضخمة ({n} إدخال)
سلاسل طويلة جدًا بلا فواصل
نص من اليمين إلى اليسار
تداخل عميق
منشورات مشابهة كثيرة",
    },
    Locale {
        tag: "he",
        name: "עברית",
        rtl: true,
        plural: PluralRule::Hebrew,
        number: NumberSymbols {
            group: ",",
            decimal: ".",
            minus: "\u{200e}-",
            min_grouped: 4,
            zero: '0',
        },
        widget: lazy!("טוען פוסט…
לא ניתן היה להציג את הפוסט הזה.
ניסיון נוסף
חלק אחד מהפוסט לא הוצג כפי שפורסם|{n} חלקים מהפוסט לא הוצגו כפי שפורסמו|{n} חלקים מהפוסט לא הוצגו כפי שפורסמו
{done} מתוך {total} הושלמו
לא ניתן לשמור את ההתקדמות בדפדפן הזה; היא נשמרת עד לסגירת הדף.
פוסטים דומים
אין עדיין פוסטים דומים.
מטא-נתונים של פוסט alphanode
אין מטא-נתונים.
הצגת פריט אחד נוסף|הצגת {n} נוספים|הצגת {n} נוספים
הצגת פחות
כן
לא
הצגת רשימה מקוננת (פריט אחד)|הצגת רשימה מקוננת ({n} פריטים)|הצגת רשימה מקוננת ({n} פריטים)
הצגת קבוצה מקוננת (פריט אחד)|הצגת קבוצה מקוננת ({n} פריטים)|הצגת קבוצה מקוננת ({n} פריטים)
הסתרת רשימה מקוננת
הסתרת קבוצה מקוננת
השרת השיב HTTP {status}.
אין פוסט בכתובת הזו (HTTP 404).
השרת לא השיב תוך {s} שניות.
השרת לא שלח JSON.
הבקשה נכשלה (שגיאת רשת או חסימת CORS).
המסמך גדול מכדי להציג אותו.
המסמך אינו פוסט תקין.
משהו השתבש."),
        #[cfg(any(feature = "app", feature = "ssr"))]
        app: "שפה
דילוג לתוכן
פוסטים טכניים
פוסטים
חיפוש
כותרת, תקציר או נושא
סטאק
כל הסטאקים
רמת קושי
כל רמת קושי
מיון
סדר המפרסם
כותרת (א–ת)
הקצרים קודם
הארוכים קודם
{n} דקות קריאה
טוען פוסטים…
לא ניתן היה לטעון את רשימת הפוסטים.
ניקוי החיפוש והמסננים
עמודים
→ הקודם
הבא ←
עמוד {page} מתוך {pages}
{from}–{to} מתוך פוסט אחד|{from}–{to} מתוך {n} פוסטים|{from}–{to} מתוך {n} פוסטים
{from} מתוך פוסט אחד|{from} מתוך {n} פוסטים|{from} מתוך {n} פוסטים
אין פוסטים מתאימים.
הדף לא נמצא
אין פוסט בשם “{slug}”.
אין כלום בכתובת הזו.
לכל הפוסטים
פירורי לחם
לא ניתן היה לטעון את הפוסט
טוען…
הפוסט אינו זמין
תצוגה מקדימה
תצוגה מקדימה לעיצוב
JSON של הפוסט
לפוסט הזה אין מטא-נתונים.
לא ניתן להציג את ה-JSON; התצוגה התקינה האחרונה נשארת.
אין בעיות.
הוצג, עם אזהרות:
אפשרויות תצוגה מקדימה
דוגמה
טעינת דוגמה…
פריסה
כל הפריסות
ערכת נושא
רוחב
השוואת פריסות
העתקת קישור
העתקת קוד הטמעה
העתקת קוד עם כתובת
הורדת JSON
טקסט להעתקה
הקישור הועתק.
העתיקו את הקישור: {url}
קוד ההטמעה הועתק, עם ה-JSON האחרון שהוצג (בעורך יש שגיאות).
קוד ההטמעה הועתק.
העתיקו את קוד ההטמעה:
העתיקו את קוד ההטמעה והכניסו בו את הכתובת של post.json שלכם:
לא ניתן היה להתחיל את ההורדה בדפדפן הזה.
מערכת
בהיר
כהה
ניגודיות גבוהה
טלפון
טאבלט
מחשב
מילוי
כל הפוסטים
לא נמצא
הציבו את הסמן על ערך עם קו תחתון כדי לקרוא כאן את הבעיה שלו.
שגיאה במיקום הסמן:
אזהרה במיקום הסמן:
עיצוב
עיצוב ה-JSON תוך שמירה על סדר המפתחות (Ctrl+Shift+F); Ctrl+Z מבטל
עוצב. Ctrl+Z (Cmd+Z) מבטל.
אי אפשר לעצב: יש ב-JSON שגיאת תחביר
העתקת קישור לתצוגה המקדימה הזו (Ctrl+Shift+L)
איפוס לדוגמה
שכחת הטיוטה השמורה וטעינה מחדש של ה-JSON של הדוגמה
הטיוטה נמחקה; הדוגמה נטענה מחדש.
הצגה
מאמר ותיבת מטא
תיבת מטא בלבד
מאמר בלבד
פריסות זו לצד זו להשוואה
הקישור הועתק, אבל אורכו תו אחד ({n}): קישורים ארוכים מכ-{limit} תווים עלולים להיחתך בדפדפנים, באפליקציות צ'אט או בשרתים. עדיף לשתף את קובץ ה-JSON.|הקישור הועתק, אבל אורכו {n} תווים: קישורים ארוכים מכ-{limit} תווים עלולים להיחתך בדפדפנים, באפליקציות צ'אט או בשרתים. עדיף לשתף את קובץ ה-JSON.|הקישור הועתק, אבל אורכו {n} תווים: קישורים ארוכים מכ-{limit} תווים עלולים להיחתך בדפדפנים, באפליקציות צ'אט או בשרתים. עדיף לשתף את קובץ ה-JSON.
אורך הקישור הזה תו אחד ({n}): קישורים ארוכים מכ-{limit} תווים עלולים להיחתך בדפדפנים, באפליקציות צ'אט או בשרתים. עדיף לשתף את קובץ ה-JSON.|אורך הקישור הזה {n} תווים: קישורים ארוכים מכ-{limit} תווים עלולים להיחתך בדפדפנים, באפליקציות צ'אט או בשרתים. עדיף לשתף את קובץ ה-JSON.|אורך הקישור הזה {n} תווים: קישורים ארוכים מכ-{limit} תווים עלולים להיחתך בדפדפנים, באפליקציות צ'אט או בשרתים. עדיף לשתף את קובץ ה-JSON.
הורדת JSON במקום זאת
בדיקות נגישות
יחסי ניגודיות לפי WCAG של צבעי הווידג'ט בכל ערכת נושא, מחושבים מהסגנונות שהדפדפן מחיל.
חישוב ניגודיות מחדש
צבעים
יחס
נדרש
עבר
נכשל
הרצת בדיקת נגישות (axe)
טוען את axe-core ובודק את התצוגה המקדימה…
לא ניתן לטעון או להריץ את axe-core.
axe-core לא מצא הפרות בתצוגה המקדימה.
הפרות ש-axe-core מצא בתצוגה המקדימה:
טקסט על הרקע
טקסט על המשטח
טקסט מעומעם על הרקע
קישור על הרקע
מילוי המד על המסילה שלו
מילוי המד על הרקע
קטע ההטמעה עם כתובת URL הועתק: פרסמו את post.json (הורדת JSON) והכניסו אליו את הכתובת שלו.
post.json הורד.
הסטאק הלא מוכר „{asked}” לא נלקח בחשבון.
רמת הקושי הלא מוכרת „{asked}” לא נלקחה בחשבון.
סדר המיון הלא מוכר „{asked}” לא נלקח בחשבון.
אין עמוד {asked}; מוצג עמוד {page}.
פוסט לדוגמה
מטא ריק
מטא ענק (רשומה אחת, {n})|מטא ענק ({n} רשומות)|מטא ענק ({n} רשומות)
מחרוזות ארוכות מאוד ללא שבירה
טקסט מימין לשמאל
קינון עמוק
פוסטים דומים רבים",
    },
];
