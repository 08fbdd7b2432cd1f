<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Hydrant</source>
        <translation>À propos de Hydrant</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Hydrant %1&lt;/h2&gt;&lt;p&gt;Watch realtime social-data streams, download their daily backups and explore the archives.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Hydrant %1&lt;/h2&gt;&lt;p&gt;Suivez des flux de données sociales en temps réel, téléchargez leurs sauvegardes quotidiennes et explorez les archives.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Hydrant is free software, released under the MIT licence.&lt;/p&gt;&lt;p&gt;It is built on these libraries:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hydrant est un logiciel libre, publié sous licence MIT.&lt;/p&gt;&lt;p&gt;Il s&apos;appuie sur les bibliothèques suivantes&#xa0;:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Qt %1&lt;/b&gt; — LGPL 3.0 (Qt Charts: GPL 3.0)&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Qt %1&lt;/b&gt; — LGPL 3.0 (Qt Charts&#xa0;: GPL 3.0)&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;zlib&lt;/b&gt; — zlib licence&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;zlib&lt;/b&gt; — licence zlib&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;simdjson&lt;/b&gt; — Apache 2.0 or MIT&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;simdjson&lt;/b&gt; — Apache 2.0 ou MIT&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;QtKeychain&lt;/b&gt; — BSD 3-Clause&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;QtKeychain&lt;/b&gt; — BSD à 3 clauses&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;KArchive&lt;/b&gt; (KDE Frameworks 6) — LGPL 2.0 or later&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;KArchive&lt;/b&gt; (KDE Frameworks 6) — LGPL 2.0 ou ultérieure&lt;/li&gt;</translation>
    </message>
</context>
<context>
    <name>AccountCommand</name>
    <message>
        <source>Manage accounts: add, list, remove, test.</source>
        <translation>Gérer les comptes&#xa0;: add, list, remove, test.</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <source>add: the stream URL (may contain {ACCOUNT_NAME}, {DATA_SOURCE}, {STREAM_LABEL}) or the backups base URL.</source>
        <translation>add&#xa0;: l&apos;URL du flux (peut contenir {ACCOUNT_NAME}, {DATA_SOURCE}, {STREAM_LABEL}) ou l&apos;URL de base des sauvegardes.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>add: the user name (an e-mail address).</source>
        <translation>add&#xa0;: le nom d&apos;utilisateur (une adresse e-mail).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>add: fills {ACCOUNT_NAME}.</source>
        <translation>add&#xa0;: renseigne {ACCOUNT_NAME}.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>add: fills {DATA_SOURCE}.</source>
        <translation>add&#xa0;: renseigne {DATA_SOURCE}.</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>add: fills {STREAM_LABEL}.</source>
        <translation>add&#xa0;: renseigne {STREAM_LABEL}.</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LIBELLÉ</translation>
    </message>
    <message>
        <source>add: client=N for Backfill streams.</source>
        <translation>add&#xa0;: client=N pour les flux Backfill.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>add: backfillMinutes=N (1–5).</source>
        <translation>add&#xa0;: backfillMinutes=N (1–5).</translation>
    </message>
    <message>
        <source>add: partition=N.</source>
        <translation>add&#xa0;: partition=N.</translation>
    </message>
    <message>
        <source>TYPES</source>
        <translation>TYPES</translation>
    </message>
    <message>
        <source>add: read the password from the first line of standard input.</source>
        <translation>add&#xa0;: lire le mot de passe sur la première ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>add: make it the account the application uses for the service.</source>
        <translation>add&#xa0;: en faire le compte que l&apos;application utilise pour ce service.</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list&#xa0;: afficher au format JSON.</translation>
    </message>
    <message>
        <source>add, list, remove or test.</source>
        <translation>add, list, remove ou test.</translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>Le nom du compte.</translation>
    </message>
    <message>
        <source>hydrant-cli account: manage the stream and backup accounts the application uses.

  add NAME --url URL --user USER [--password-stdin]   save or update an account
  list [--json]                                       show the accounts (never passwords)
  remove NAME                                         delete an account and its password
  test NAME                                           make one real request with it

Passwords are stored in the OS secret store. They are read from --password-stdin or the HYDRANT_PASSWORD environment variable; there is deliberately no --password option, as command lines are visible to other users.

Exit codes: 0 success, 1 usage error, 2 authentication failed (test), 3 other failure.</source>
        <translation>hydrant-cli account&#xa0;: gérer les comptes de flux et de sauvegardes utilisés par l&apos;application.

  add NOM --url URL --user UTILISATEUR [--password-stdin]   enregistrer ou mettre à jour un compte
  list [--json]                                             afficher les comptes (jamais les mots de passe)
  remove NOM                                                supprimer un compte et son mot de passe
  test NOM                                                  effectuer une requête réelle avec ce compte

Les mots de passe sont conservés dans le trousseau du système. Ils sont lus depuis --password-stdin ou la variable d&apos;environnement HYDRANT_PASSWORD&#xa0;; il n&apos;existe volontairement pas d&apos;option --password, car les lignes de commande sont visibles par les autres utilisateurs.

Codes de sortie&#xa0;: 0 succès, 1 erreur d&apos;utilisation, 2 échec de l&apos;authentification (test), 3 autre échec.</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with &apos;hydrant-cli account add NAME --url URL --user USER --password-stdin&apos;.</source>
        <translation>Aucun compte pour l&apos;instant. Ajoutez-en un avec «&#xa0;hydrant-cli account add NOM --url URL --user UTILISATEUR --password-stdin&#xa0;».</translation>
    </message>
    <message>
        <source>Usage: hydrant-cli account add|remove|test NAME [options], or hydrant-cli account list.</source>
        <translation>Utilisation&#xa0;: hydrant-cli account add|remove|test NOM [options], ou hydrant-cli account list.</translation>
    </message>
    <message>
        <source>Both a stream and a backups account are named &apos;%1&apos;: add --service.</source>
        <translation>Un compte de flux et un compte de sauvegardes portent tous deux le nom «&#xa0;%1&#xa0;»&#xa0;: ajoutez --service.</translation>
    </message>
    <message>
        <source>There is no account named &apos;%1&apos;.</source>
        <translation>Il n&apos;existe aucun compte nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Removed the account &apos;%1&apos; and its password.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» et son mot de passe ont été supprimés.</translation>
    </message>
    <message>
        <source>Saved the account &apos;%1&apos; without a password (give one with --password-stdin or HYDRANT_PASSWORD).</source>
        <translation>Le compte «&#xa0;%1&#xa0;» a été enregistré sans mot de passe (indiquez-en un avec --password-stdin ou HYDRANT_PASSWORD).</translation>
    </message>
    <message>
        <source>Saved the account &apos;%1&apos;; the password is in the OS secret store.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» a été enregistré&#xa0;; le mot de passe est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Saved the account &apos;%1&apos;, but not its password: %2</source>
        <translation>Le compte «&#xa0;%1&#xa0;» a été enregistré, mais pas son mot de passe&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved the account &apos;%1&apos;, but the secret store refused the password: %2</source>
        <translation>Le compte «&#xa0;%1&#xa0;» a été enregistré, mais le trousseau a refusé le mot de passe&#xa0;: %2</translation>
    </message>
    <message>
        <source>[NAME]</source>
        <translation>[NOM]</translation>
    </message>
    <message>
        <source>stream (default) or backups; for a stream account also its protocol: gnip (the default), firestream or stocktwits-firehose.</source>
        <translation>stream (par défaut) ou backups&#xa0;; pour un compte de flux, également son protocole&#xa0;: gnip (par défaut), firestream ou stocktwits-firehose.</translation>
    </message>
    <message>
        <source>add: backup file types, comma-separated (default %1).</source>
        <translation>add&#xa0;: types de fichiers de sauvegarde, séparés par des virgules (par défaut %1).</translation>
    </message>
    <message>
        <source>--service must be stream, backups, gnip, firestream or stocktwits-firehose.</source>
        <translation>--service doit valoir stream, backups, gnip, firestream ou stocktwits-firehose.</translation>
    </message>
    <message>
        <source>A team relay account is added in the window (Settings → Accounts…); scripts read a relay with &apos;hydrant-cli stream --service nats&apos;.</source>
        <translation>Un compte de relais d’équipe s’ajoute dans la fenêtre (Paramètres → Comptes…)&#xa0;; les scripts lisent un relais avec &apos;hydrant-cli stream --service nats&apos;.</translation>
    </message>
    <message>
        <source>add: the symbol backups&apos; metrics your dashboard lists, comma-separated (default none; &apos;&apos; clears them).</source>
        <translation>add&#xa0;: les métriques des sauvegardes de symboles que liste votre tableau de bord, séparées par des virgules (aucune par défaut&#xa0;; &apos;&apos; les efface).</translation>
    </message>
    <message>
        <source>METRICS</source>
        <translation>MÉTRIQUES</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>There is no stream account named “%1”.</source>
        <translation>Il n&apos;existe aucun compte de flux nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No password is saved for this account.</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour ce compte.</translation>
    </message>
    <message>
        <source>There is no backup account named “%1”.</source>
        <translation>Il n&apos;existe aucun compte de sauvegardes nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Backup account “%1”: the file type “messages” was changed to “message”, the name the backup service documents.</source>
        <translation>Compte de sauvegardes «&#xa0;%1&#xa0;»&#xa0;: le type de fichier «&#xa0;messages&#xa0;» a été remplacé par «&#xa0;message&#xa0;», le nom documenté par le service de sauvegarde.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Stream account</source>
        <translation>Compte de flux</translation>
    </message>
    <message>
        <source>Backups account</source>
        <translation>Compte de sauvegardes</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add a stream account (the realtime firehose) or a backups account (the daily archives) with Add.</source>
        <translation>Ajoutez un compte de flux (le flux firehose en temps réel) ou un compte de sauvegardes (les archives quotidiennes) avec Ajouter.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Makes one real request with these settings and reports the answer.</source>
        <translation>Effectue une requête réelle avec ces paramètres et affiche la réponse.</translation>
    </message>
    <message>
        <source>Paste the stream URL from the provider&apos;s dashboard. {ACCOUNT_NAME}, {DATA_SOURCE} and {STREAM_LABEL} are filled from the fields below.</source>
        <translation>Collez l&apos;URL du flux depuis le tableau de bord du fournisseur. {ACCOUNT_NAME}, {DATA_SOURCE} et {STREAM_LABEL} sont renseignés à partir des champs ci-dessous.</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insérer</translation>
    </message>
    <message>
        <source>Insert a placeholder at the cursor</source>
        <translation>Insérer une variable à la position du curseur</translation>
    </message>
    <message>
        <source>Reset to the standard firehose URL</source>
        <translation>Rétablir l&apos;URL firehose standard</translation>
    </message>
    <message>
        <source>client=N, for streams bought with Backfill</source>
        <translation>client=N, pour les flux achetés avec Backfill</translation>
    </message>
    <message>
        <source>backfillMinutes=N (1–5), for newer products</source>
        <translation>backfillMinutes=N (1–5), pour les produits plus récents</translation>
    </message>
    <message>
        <source>partition=N, for partitioned streams</source>
        <translation>partition=N, pour les flux partitionnés</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vous@example.com</translation>
    </message>
    <message>
        <source>kept in the OS secret store</source>
        <translation>conservé dans le trousseau du système</translation>
    </message>
    <message>
        <source>Use this account for the Live page</source>
        <translation>Utiliser ce compte pour la page En direct</translation>
    </message>
    <message>
        <source>client=</source>
        <translation>client=</translation>
    </message>
    <message>
        <source>backfillMinutes=</source>
        <translation>backfillMinutes=</translation>
    </message>
    <message>
        <source>partition=</source>
        <translation>partition=</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Stream URL:</source>
        <translation>URL du flux&#xa0;:</translation>
    </message>
    <message>
        <source>{ACCOUNT_NAME}:</source>
        <translation>{ACCOUNT_NAME}&#xa0;:</translation>
    </message>
    <message>
        <source>{DATA_SOURCE}:</source>
        <translation>{DATA_SOURCE}&#xa0;:</translation>
    </message>
    <message>
        <source>{STREAM_LABEL}:</source>
        <translation>{STREAM_LABEL}&#xa0;:</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Paramètres&#xa0;:</translation>
    </message>
    <message>
        <source>Connects to:</source>
        <translation>Connexion à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>The service&apos;s base URL; /backups/{type}/{yyyy}/{mm}/{dd} is appended.</source>
        <translation>L&apos;URL de base du service&#xa0;; /backups/{type}/{yyyy}/{mm}/{dd} y est ajouté.</translation>
    </message>
    <message>
        <source>The file types your account may download, separated by commas.</source>
        <translation>Les types de fichiers que votre compte peut télécharger, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Use this account for the Backups page</source>
        <translation>Utiliser ce compte pour la page Sauvegardes</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>URL de &amp;base&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File types:</source>
        <translation>&amp;Types de fichiers&#xa0;:</translation>
    </message>
    <message>
        <source> (in use)</source>
        <translation> (actif)</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Stream %1</source>
        <translation>Flux %1</translation>
    </message>
    <message>
        <source>Fill in the account, then press Save.</source>
        <translation>Renseignez le compte, puis cliquez sur Enregistrer.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Backups %1</source>
        <translation>Sauvegardes %1</translation>
    </message>
    <message>
        <source>There is already a stream account named “%1”.</source>
        <translation>Il existe déjà un compte de flux nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is already a backups account named “%1”.</source>
        <translation>Il existe déjà un compte de sauvegardes nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Saved; the password is in the OS secret store.</source>
        <translation>Enregistré&#xa0;; le mot de passe est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Saved; the password is kept for this run only.</source>
        <translation>Enregistré&#xa0;; le mot de passe est conservé pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Saved, but the secret store refused the password.</source>
        <translation>Enregistré, mais le trousseau a refusé le mot de passe.</translation>
    </message>
    <message>
        <source>Saved (no password given).</source>
        <translation>Enregistré (aucun mot de passe fourni).</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Remove the stream account “%1” and its saved password?</source>
        <translation>Supprimer le compte de flux «&#xa0;%1&#xa0;» et son mot de passe enregistré&#xa0;?</translation>
    </message>
    <message>
        <source>Remove the backups account “%1” and its saved password?</source>
        <translation>Supprimer le compte de sauvegardes «&#xa0;%1&#xa0;» et son mot de passe enregistré&#xa0;?</translation>
    </message>
    <message>
        <source>Removed “%1”. Undo is possible until this dialog closes.</source>
        <translation>«&#xa0;%1&#xa0;» supprimé. Annulation possible jusqu&apos;à la fermeture de cette boîte de dialogue.</translation>
    </message>
    <message>
        <source>The form has changes that are not saved. Press Save to keep them, or Escape again to close without them.</source>
        <translation>Le formulaire contient des modifications non enregistrées. Cliquez sur Enregistrer pour les conserver, ou appuyez de nouveau sur Échap pour fermer sans les enregistrer.</translation>
    </message>
    <message>
        <source>The protocol the stream speaks: how its body is framed and how a reconnect resumes.</source>
        <translation>Le protocole du flux : comment son contenu est découpé et comment une reconnexion reprend.</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice :</translation>
    </message>
    <message>
        <source>Team relay account (NATS)</source>
        <translation>Compte de relais d’équipe (NATS)</translation>
    </message>
    <message>
        <source>nats://relay1:4222, tls://relay2:4222</source>
        <translation>nats://relay1:4222, tls://relay2:4222</translation>
    </message>
    <message>
        <source>The NATS servers of the team relay, separated by commas: nats://HOST:PORT or tls://HOST:PORT.</source>
        <translation>Les serveurs NATS du relais d’équipe, séparés par des virgules&#xa0;: nats://HOST:PORT ou tls://HOST:PORT.</translation>
    </message>
    <message>
        <source>The JetStream stream the relay writes (default HYDRANT).</source>
        <translation>Le flux JetStream où écrit le relais (HYDRANT par défaut).</translation>
    </message>
    <message>
        <source>The relay&apos;s subject prefix (default hydrant).</source>
        <translation>Le préfixe de sujet du relais (par défaut hydrant).</translation>
    </message>
    <message>
        <source>NATS &amp;servers:</source>
        <translation>&amp;Serveurs NATS&#xa0;:</translation>
    </message>
    <message>
        <source>JetStream s&amp;tream:</source>
        <translation>Flux Je&amp;tStream&#xa0;:</translation>
    </message>
    <message>
        <source>Su&amp;bject prefix:</source>
        <translation>Préfixe de su&amp;jet&#xa0;:</translation>
    </message>
    <message>
        <source>optional: the NATS user</source>
        <translation>facultatif&#xa0;: l’utilisateur NATS</translation>
    </message>
    <message>
        <source>Team relay</source>
        <translation>Relais d’équipe</translation>
    </message>
    <message>
        <source>Team relay %1</source>
        <translation>Relais d’équipe %1</translation>
    </message>
    <message>
        <source>Enter the team relay&apos;s NATS servers, then press Save.</source>
        <translation>Saisissez les serveurs NATS du relais d’équipe, puis cliquez sur Enregistrer.</translation>
    </message>
    <message>
        <source>The symbol backups&apos; metrics your dashboard lists (for example trending), separated by commas; empty for none.</source>
        <translation>Les métriques des sauvegardes de symboles que liste votre tableau de bord (par exemple trending), séparées par des virgules&#xa0;; vide pour aucune.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Symbol &amp;metrics:</source>
        <translation>&amp;Métriques de symboles&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ArchiveAccess</name>
    <message>
        <source>This file is %1. Opening it needs the KArchive library (KDE Frameworks 6), which this build of Hydrant does not include. Use a build made with KArchive (for example on Debian 13: install libkf6archive-dev and configure with -DHYDRANT_WITH_KARCHIVE=ON), or convert the file to .jsonl.gz.</source>
        <translation>Ce fichier contient %1. Pour l&apos;ouvrir, la bibliothèque KArchive (KDE Frameworks 6) est nécessaire, mais cette version de Hydrant ne l&apos;inclut pas. Utilisez une version compilée avec KArchive (par exemple sous Debian 13&#xa0;: installez libkf6archive-dev et configurez avec -DHYDRANT_WITH_KARCHIVE=ON), ou convertissez le fichier en .jsonl.gz.</translation>
    </message>
    <message>
        <source>Cannot read the archive: %1</source>
        <translation>Impossible de lire l&apos;archive&#xa0;: %1</translation>
    </message>
    <message>
        <source>unsupported format</source>
        <translation>format non pris en charge</translation>
    </message>
    <message>
        <source>The archive member name &quot;%1&quot; is not safe (absolute or leading outside the archive); it is not opened.</source>
        <translation>Le nom de membre d&apos;archive «&#xa0;%1&#xa0;» n&apos;est pas sûr (chemin absolu ou menant hors de l&apos;archive)&#xa0;; il n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>The archive has no file named &quot;%1&quot;.</source>
        <translation>L&apos;archive ne contient aucun fichier nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot; from the archive.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;» dans l&apos;archive.</translation>
    </message>
    <message>
        <source>This file is zstd-compressed, but the KArchive library this build uses was made without zstd support. Decompress it first (zstd -d FILE) or use a KArchive built with zstd.</source>
        <translation>Ce fichier est compressé avec zstd, mais la bibliothèque KArchive utilisée par cette version a été compilée sans la prise en charge de zstd. Décompressez-le d&apos;abord (zstd -d FICHIER) ou utilisez une version de KArchive compilée avec zstd.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>KArchive cannot decompress %1.</source>
        <translation>KArchive ne peut pas décompresser %1.</translation>
    </message>
</context>
<context>
    <name>ArchiveMemberPicker</name>
    <message>
        <source>This archive holds several files. Choose the one to open:</source>
        <translation>Cette archive contient plusieurs fichiers. Choisissez celui à ouvrir&#xa0;:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>This name could lead outside the archive; it is not opened.</source>
        <translation>Ce nom pourrait mener hors de l&apos;archive&#xa0;; il n&apos;est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>BackupCatalogue</name>
    <message>
        <source>%1 cannot be deleted: %2</source>
        <translation>Impossible de supprimer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BackupDayStatus</name>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Partly on disk</source>
        <translation>Partiellement sur le disque</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>Sur le disque</translation>
    </message>
    <message>
        <source>Queued or downloading</source>
        <translation>En attente ou en cours de téléchargement</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>In the future</source>
        <translation>Dans le futur</translation>
    </message>
</context>
<context>
    <name>BackupNaming</name>
    <message>
        <source>The file type is empty.</source>
        <translation>Le type de fichier est vide.</translation>
    </message>
    <message>
        <source>“%1” is not a valid file type: use a lower-case letter followed by up to 63 lower-case letters, digits, “_” or “-”.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de fichier valide&#xa0;: utilisez une lettre minuscule suivie d&apos;au plus 63 lettres minuscules, chiffres, «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <source>The date is not a real calendar day.</source>
        <translation>La date ne correspond à aucun jour du calendrier.</translation>
    </message>
    <message>
        <source>The year must have four digits.</source>
        <translation>L&apos;année doit comporter quatre chiffres.</translation>
    </message>
    <message>
        <source>%1 is in the future: no backup exists for it yet.</source>
        <translation>%1 est dans le futur&#xa0;: aucune sauvegarde n&apos;existe encore pour cette date.</translation>
    </message>
    <message>
        <source>The symbol backup metric is empty.</source>
        <translation>La métrique de sauvegarde de symboles est vide.</translation>
    </message>
    <message>
        <source>“%1” is not a valid symbol backup metric: use a letter or digit followed by up to 63 letters, digits, “_” or “-”.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une métrique de sauvegarde de symboles valide&#xa0;: utilisez une lettre ou un chiffre suivi d&apos;au plus 63 lettres, chiffres, «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a valid file type: names beginning with “symbols_” are the symbol backups&apos;: give the metric as a symbol metric.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de fichier valide&#xa0;: les noms commençant par «&#xa0;symbols_&#xa0;» désignent les sauvegardes de symboles&#xa0;; indiquez la métrique comme métrique de symboles.</translation>
    </message>
</context>
<context>
    <name>BackupProfile</name>
    <message>
        <source>The account needs a name.</source>
        <translation>Le compte doit avoir un nom.</translation>
    </message>
    <message>
        <source>List at least one file type (for example activity).</source>
        <translation>Indiquez au moins un type de fichier (par exemple activity).</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Saisissez le nom d&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>BackupResolver</name>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The backup service at %1 could not be reached: %2</source>
        <translation>Le service de sauvegarde à l&apos;adresse %1 est injoignable&#xa0;: %2</translation>
    </message>
    <message>
        <source>The backup service answered %1 without a download link.</source>
        <translation>Le service de sauvegarde a répondu %1 sans lien de téléchargement.</translation>
    </message>
    <message>
        <source>The download link was not followed. %1</source>
        <translation>Le lien de téléchargement n&apos;a pas été suivi. %1</translation>
    </message>
    <message>
        <source>The backup service answered with a download link of %1, longer than the %2 Hydrant accepts; it was not followed.</source>
        <translation>Le service de sauvegarde a répondu avec un lien de téléchargement de %1, plus long que les %2 acceptés par Hydrant&#xa0;; il n&apos;a pas été suivi.</translation>
    </message>
    <message>
        <source>The backup service answered with %1 of headers, more than the %2 Hydrant accepts; the answer was not used.</source>
        <translation>Le service de sauvegarde a répondu avec %1 d&apos;en-têtes, plus que les %2 acceptés par Hydrant&#xa0;; la réponse n&apos;a pas été utilisée.</translation>
    </message>
    <message>
        <source>The backup service sent an answer longer than %1; it was not read to the end.</source>
        <translation>Le service de sauvegarde a envoyé une réponse de plus de %1&#xa0;; elle n&apos;a pas été lue jusqu&apos;au bout.</translation>
    </message>
    <message numerus="yes">
        <source>The backup service at %1 accepted the request but did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le service de sauvegarde à l&apos;adresse %1 a accepté la requête mais n&apos;a pas répondu en %n seconde.</numerusform>
            <numerusform>Le service de sauvegarde à l&apos;adresse %1 a accepté la requête mais n&apos;a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup service at %1 could not be reached within %n second(s).</source>
        <translation>
            <numerusform>Le service de sauvegarde à l&apos;adresse %1 n&apos;a pas pu être joint en %n seconde.</numerusform>
            <numerusform>Le service de sauvegarde à l&apos;adresse %1 n&apos;a pas pu être joint en %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Daily backups</source>
        <translation>Sauvegardes quotidiennes</translation>
    </message>
    <message>
        <source>&amp;Download Selected Days</source>
        <translation>&amp;Télécharger les jours sélectionnés</translation>
    </message>
    <message>
        <source>Queue every selected file type for every selected day</source>
        <translation>Mettre en file d&apos;attente chaque type de fichier sélectionné pour chaque jour sélectionné</translation>
    </message>
    <message>
        <source>&amp;Pause All</source>
        <translation>Tout &amp;suspendre</translation>
    </message>
    <message>
        <source>&amp;Resume All</source>
        <translation>Tout &amp;reprendre</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Réess&amp;ayer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>&amp;Effacer les terminés</translation>
    </message>
    <message>
        <source>Enter &amp;Password…</source>
        <translation>Saisir le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>File types</source>
        <translation>Types de fichiers</translation>
    </message>
    <message>
        <source>Select &amp;Month</source>
        <translation>Sélectionner le &amp;mois</translation>
    </message>
    <message>
        <source>Select every day of the month on show (up to today)</source>
        <translation>Sélectionner tous les jours du mois affiché (jusqu&apos;à aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>&amp;Download Selected</source>
        <translation>&amp;Télécharger la sélection</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>Choose the folder downloads are saved in</source>
        <translation>Choisir le dossier dans lequel les téléchargements sont enregistrés</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Download queue&lt;/b&gt;</source>
        <translation>&lt;b&gt;File d&apos;attente des téléchargements&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Select days on the calendar (click, shift-click or drag, or “Select Month”) and press “Download Selected”.</source>
        <translation>Sélectionnez des jours dans le calendrier (clic, Maj+clic ou glisser, ou «&#xa0;Sélectionner le mois&#xa0;») puis cliquez sur «&#xa0;Télécharger la sélection&#xa0;».</translation>
    </message>
    <message>
        <source>Save Backups In</source>
        <translation>Enregistrer les sauvegardes dans</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>Sélection&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 – %2 selected</source>
        <translation>Sélection&#xa0;: %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n file(s))</source>
        <translation>
            <numerusform>(%n fichier)</numerusform>
            <numerusform>(%n fichiers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) queued.</source>
        <translation>
            <numerusform>%n fichier mis en file d&apos;attente.</numerusform>
            <numerusform>%n fichiers mis en file d&apos;attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already on disk.</source>
        <translation>
            <numerusform>%n déjà sur le disque.</numerusform>
            <numerusform>%n déjà sur le disque.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the queue.</source>
        <translation>
            <numerusform>%n déjà dans la file d&apos;attente.</numerusform>
            <numerusform>%n déjà dans la file d&apos;attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Paused: the service needs the password.</source>
        <translation>Suspendu&#xa0;: le service a besoin du mot de passe.</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n suspendu</numerusform>
            <numerusform>%n suspendus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n terminé</numerusform>
            <numerusform>%n terminés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not available</source>
        <translation>
            <numerusform>%n non disponible</numerusform>
            <numerusform>%n non disponibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete File</source>
        <translation>Supprimer le fichier</translation>
    </message>
    <message>
        <source>Delete %1 from the disk? It can be downloaded again later.</source>
        <translation>Supprimer %1 du disque&#xa0;? Il pourra être téléchargé de nouveau plus tard.</translation>
    </message>
    <message>
        <source>Open in Files Page</source>
        <translation>Ouvrir dans la page Fichiers</translation>
    </message>
    <message>
        <source>Show in File Manager</source>
        <translation>Afficher dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Delete File…</source>
        <translation>Supprimer le fichier…</translation>
    </message>
    <message>
        <source>Remove from Queue</source>
        <translation>Retirer de la file d&apos;attente</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 jusqu’ici</translation>
    </message>
    <message>
        <source>Retry the selected downloads, or every failed one when none is selected</source>
        <translation>Réessayer les téléchargements sélectionnés, ou tous ceux en échec si aucun n&apos;est sélectionné</translation>
    </message>
    <message>
        <source>Stop the selected downloads and delete what they downloaded</source>
        <translation>Arrêter les téléchargements sélectionnés et supprimer ce qu&apos;ils ont déjà téléchargé</translation>
    </message>
    <message>
        <source>&amp;Hide Not Available</source>
        <translation>Masquer les non &amp;disponibles</translation>
    </message>
    <message>
        <source>Hide the days the service has no file for from the queue</source>
        <translation>Masquer dans la file d&apos;attente les jours pour lesquels le service n&apos;a aucun fichier</translation>
    </message>
    <message>
        <source>Cancel Downloads</source>
        <translation>Annuler les téléchargements</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n download(s) and delete the %1 already downloaded?</source>
        <translation>
            <numerusform>Annuler %n téléchargement et supprimer les %1 déjà téléchargés&#xa0;?</numerusform>
            <numerusform>Annuler %n téléchargements et supprimer les %1 déjà téléchargés&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause keeps what was downloaded, to carry on later.</source>
        <translation>En suspendant, vous conservez les données déjà téléchargées pour reprendre plus tard.</translation>
    </message>
    <message>
        <source>Cancel and Delete</source>
        <translation>Annuler et supprimer</translation>
    </message>
    <message>
        <source>Keep Downloading</source>
        <translation>Continuer à télécharger</translation>
    </message>
    <message>
        <source>Nothing to retry: select a download, or wait for one to fail.</source>
        <translation>Rien à réessayer&#xa0;: sélectionnez un téléchargement, ou attendez que l&apos;un d&apos;eux échoue.</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n failed download(s).</source>
        <translation>
            <numerusform>Nouvelle tentative pour %n téléchargement en échec.</numerusform>
            <numerusform>Nouvelle tentative pour %n téléchargements en échec.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup service is set up yet. Add a backup account under Settings → Accounts… (base URL, user name and file types), or try the calendar and downloads in the demo (or start Hydrant with %1): it runs against a built-in simulator, no account needed.</source>
        <extracomment>%1 is the command hydrant --demo</extracomment>
        <translation>Aucun service de sauvegarde n&apos;est encore configuré. Ajoutez un compte de sauvegardes dans Paramètres → Comptes… (URL de base, nom d&apos;utilisateur et types de fichiers), ou essayez le calendrier et les téléchargements dans la démo (ou lancez Hydrant avec %1)&#xa0;: elle utilise un simulateur intégré, aucun compte nécessaire.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>M&amp;onter</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Des&amp;cendre</translation>
    </message>
    <message>
        <source>Move to &amp;Top</source>
        <translation>Placer tout en &amp;haut</translation>
    </message>
    <message>
        <source>Move to &amp;Bottom</source>
        <translation>Placer tout en &amp;bas</translation>
    </message>
    <message>
        <source>Download the selected days sooner</source>
        <translation>Télécharger plus tôt les jours sélectionnés</translation>
    </message>
    <message>
        <source>Download the selected days later</source>
        <translation>Télécharger plus tard les jours sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Open Selected Days</source>
        <translation>O&amp;uvrir les jours sélectionnés</translation>
    </message>
    <message>
        <source>Open the downloaded files of the selected days in the Files page, as one dataset</source>
        <translation>Ouvrir les fichiers téléchargés des jours sélectionnés dans la page Fichiers, comme un seul jeu de données</translation>
    </message>
    <message>
        <source>&amp;Open Selected</source>
        <translation>O&amp;uvrir la sélection</translation>
    </message>
    <message>
        <source>None of the selected days is downloaded yet.</source>
        <translation>Aucun des jours sélectionnés n&apos;est encore téléchargé.</translation>
    </message>
    <message>
        <source>No file manager could show %1: open the folder %2 yourself.</source>
        <translation>Aucun gestionnaire de fichiers n’a pu afficher %1&#xa0;: ouvrez vous-même le dossier %2.</translation>
    </message>
</context>
<context>
    <name>BookmarkMenu</name>
    <message>
        <source>Bookmark</source>
        <translation>Signet</translation>
    </message>
    <message>
        <source>Bookmark the selected line, or remove its bookmark</source>
        <translation>Ajouter un signet à la ligne sélectionnée, ou retirer son signet</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <source>Bookmark the selected line, or go to a bookmarked line</source>
        <translation>Ajouter un signet à la ligne sélectionnée, ou aller à une ligne avec signet</translation>
    </message>
    <message>
        <source>No bookmarks yet (Ctrl+B bookmarks the selected line)</source>
        <translation>Aucun signet pour l&apos;instant (Ctrl+B ajoute un signet à la ligne sélectionnée)</translation>
    </message>
    <message>
        <source>Remove All Bookmarks</source>
        <translation>Supprimer tous les signets</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Run &apos;%1 --help&apos; for the options.</source>
        <translation>Exécutez «&#xa0;%1 --help&#xa0;» pour connaître les options.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not “%4”.</source>
        <translation>--%1 attend un nombre entier de %2 à %3, et non «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>--%1 needs a number from %2 to %3, not “%4”.</source>
        <translation>--%1 attend un nombre de %2 à %3, et non «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>No password: use --password-stdin, set HYDRANT_PASSWORD, or save one with &apos;hydrant-cli account add&apos;.</source>
        <translation>Aucun mot de passe&#xa0;: utilisez --password-stdin, définissez HYDRANT_PASSWORD, ou enregistrez-en un avec «&#xa0;hydrant-cli account add&#xa0;».</translation>
    </message>
    <message>
        <source>Standard input (-) is read alone, not with other files.</source>
        <translation>L&apos;entrée standard (-) se lit seule, pas avec d&apos;autres fichiers.</translation>
    </message>
    <message>
        <source>Cannot save standard input to %1: %2</source>
        <translation>Impossible d&apos;enregistrer l&apos;entrée standard dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionLog</name>
    <message>
        <source>Info</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Server info</source>
        <translation>Information du serveur</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Copy log</source>
        <translation>Copier le journal</translation>
    </message>
</context>
<context>
    <name>ConnectionStatusBar</name>
    <message>
        <source>Messages per second over the last second</source>
        <translation>Messages par seconde au cours de la dernière seconde</translation>
    </message>
    <message>
        <source>Time since the last byte (data or heartbeat); 30 s without one is a stall</source>
        <translation>Temps écoulé depuis le dernier octet (données ou signal de vie)&#xa0;; 30 s sans octet signalent un blocage</translation>
    </message>
    <message>
        <source>Activities dropped because their id was already seen (backfill after a reconnect)</source>
        <translation>Activités ignorées car leur identifiant a déjà été vu (rattrapage après une reconnexion)</translation>
    </message>
    <message>
        <source>Connection attempts after the first</source>
        <translation>Tentatives de connexion après la première</translation>
    </message>
    <message>
        <source>retrying in %1 s</source>
        <translation>nouvelle tentative dans %1 s</translation>
    </message>
    <message>
        <source>%1

The server said: %2</source>
        <translation>%1

Le serveur a répondu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 msg/s</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>aucune donnée pour l&apos;instant</translation>
    </message>
    <message>
        <source>last byte %1 s ago</source>
        <translation>dernier octet il y a %1 s</translation>
    </message>
    <message>
        <source>duplicates: %1</source>
        <translation>doublons&#xa0;: %1</translation>
    </message>
    <message>
        <source>reconnects: %1</source>
        <translation>reconnexions&#xa0;: %1</translation>
    </message>
    <message>
        <source>● REC %1 · %2</source>
        <translation>● REC %1 · %2</translation>
    </message>
    <message>
        <source>Recording to %1 — %2 messages on disk. Click to open it in the Files page.</source>
        <translation>Enregistrement dans %1 — %2 messages sur le disque. Cliquez pour l&apos;ouvrir dans la page Fichiers.</translation>
    </message>
    <message>
        <source>Lines longer than the “Longest line” preference, dropped from the stream</source>
        <translation>Lignes plus longues que la préférence «&#xa0;Longueur maximale de ligne&#xa0;», ignorées dans le flux</translation>
    </message>
    <message numerus="yes">
        <source>%n too long</source>
        <comment>lines dropped for exceeding the length limit</comment>
        <translation>
            <numerusform>%n trop longue</numerusform>
            <numerusform>%n trop longues</numerusform>
        </translation>
    </message>
    <message>
        <source>● REC stopped</source>
        <translation>● REC arrêté</translation>
    </message>
    <message>
        <source>● REC stopped: %1</source>
        <translation>● REC arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Resume position: %1. A reconnect or a new start continues after this item.</source>
        <translation>Position de reprise&#xa0;: %1. Une reconnexion ou un nouveau démarrage reprend après cet élément.</translation>
    </message>
    <message>
        <source>seq %1 · gap after %2</source>
        <comment>resume cursor; the service could not continue</comment>
        <translation>seq %1 · lacune après %2</translation>
    </message>
    <message>
        <source>The service could not continue after item %1: the items after it are missing.</source>
        <translation>Le service n&apos;a pas pu poursuivre après l&apos;élément %1&#xa0;: les éléments suivants sont manquants.</translation>
    </message>
    <message>
        <source>resumed from seq %1</source>
        <comment>resume cursor</comment>
        <translation>reprise depuis seq %1</translation>
    </message>
    <message>
        <source>seq %1 · resumed from %2</source>
        <comment>resume cursor</comment>
        <translation>seq %1 · reprise depuis %2</translation>
    </message>
    <message>
        <source>This connection continued after item %1: nothing was lost or repeated.</source>
        <translation>Cette connexion a repris après l&apos;élément %1&#xa0;: rien n&apos;a été perdu ni répété.</translation>
    </message>
    <message>
        <source>seq %1</source>
        <comment>resume cursor: the last item&apos;s sequence id</comment>
        <translation>seq %1</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>Enter the user name and the password first.</source>
        <translation>Saisissez d&apos;abord le nom d&apos;utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>Hydrant already made %1 connection requests for this account in the last minute, the most the service allows. Try again in %2 s.</source>
        <translation>Hydrant a déjà effectué %1 demandes de connexion pour ce compte au cours de la dernière minute, soit le maximum autorisé par le service. Réessayez dans %2 s.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s.</source>
        <translation>Aucune réponse de %1 en %2 s.</translation>
    </message>
    <message>
        <source>Connected: %1 accepted the credentials and started the stream.</source>
        <translation>Connecté&#xa0;: %1 a accepté les identifiants et démarré le flux.</translation>
    </message>
    <message>
        <source>TLS error: the secure connection to %1 failed (%2).</source>
        <translation>Erreur TLS&#xa0;: la connexion sécurisée à %1 a échoué (%2).</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Erreur réseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connected: %1 accepted the credentials and offered yesterday&apos;s file.</source>
        <translation>Connecté&#xa0;: %1 a accepté les identifiants et proposé le fichier d&apos;hier.</translation>
    </message>
    <message>
        <source>Connected: %1 accepted the credentials (there is no file for yesterday).</source>
        <translation>Connecté&#xa0;: %1 a accepté les identifiants (il n&apos;y a pas de fichier pour hier).</translation>
    </message>
    <message>
        <source>Bad credentials: %1</source>
        <translation>Identifiants incorrects&#xa0;: %1</translation>
    </message>
    <message>
        <source>Compression refused: %1</source>
        <translation>Compression refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rate limited: %1 Wait a minute and try again.</source>
        <translation>Limite de requêtes atteinte&#xa0;: %1 Attendez une minute et réessayez.</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>Not indexed: opening the dataset was cancelled.</source>
        <translation>Non indexé&#xa0;: l’ouverture du jeu de données a été annulée.</translation>
    </message>
    <message>
        <source>There is no .gz, .jsonl or .ndjson file in %1.</source>
        <translation>Il n’y a aucun fichier .gz, .jsonl ou .ndjson dans %1.</translation>
    </message>
</context>
<context>
    <name>DatasetModel</name>
    <message>
        <source>%1, line %2</source>
        <extracomment>Where a row of a dataset comes from: a file&apos;s name and the line in it.</extracomment>
        <translation>%1, ligne %2</translation>
    </message>
</context>
<context>
    <name>DatasetView</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <extracomment>The title of a tab showing several files read as one dataset.</extracomment>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to Row…</source>
        <translation>Aller à la ligne…</translation>
    </message>
    <message>
        <source>Go to a row by its number, counted across the files</source>
        <translation>Aller à une ligne d&apos;après son numéro, compté sur l&apos;ensemble des fichiers</translation>
    </message>
    <message>
        <source>Go to Time…</source>
        <translation>Aller à l&apos;heure…</translation>
    </message>
    <message>
        <source>Go to the first message at or after a time</source>
        <translation>Aller au premier message à partir d&apos;une heure donnée</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Write search results or selected rows of every file to one .jsonl.gz or CSV file</source>
        <translation>Écrire les résultats de recherche ou les lignes sélectionnées de tous les fichiers dans un seul fichier .jsonl.gz ou CSV</translation>
    </message>
    <message>
        <source>Go To</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <source>Go to a row by its number, or to a time</source>
        <translation>Aller à une ligne d&apos;après son numéro, ou à une heure</translation>
    </message>
    <message>
        <source>Stop indexing</source>
        <translation>Arrêter l&apos;indexation</translation>
    </message>
    <message>
        <source>Stop indexing the files; the files indexed so far are shown, the others are not</source>
        <translation>Arrêter l&apos;indexation des fichiers&#xa0;; les fichiers déjà indexés sont affichés, les autres non</translation>
    </message>
    <message>
        <source>Export %p%</source>
        <translation>Exportation&#xa0;: %p %</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Annuler l&apos;exportation</translation>
    </message>
    <message numerus="yes">
        <source>Indexing %1 of %n file(s)…</source>
        <extracomment>While the files of a dataset are indexed: &quot;Indexing 3 of 30 files…&quot;.</extracomment>
        <translation>
            <numerusform>Indexation&#xa0;: %1 sur %n fichier…</numerusform>
            <numerusform>Indexation&#xa0;: %1 sur %n fichiers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the index cache</source>
        <translation>
            <numerusform>%n lu depuis le cache d&apos;index</numerusform>
            <numerusform>%n lus depuis le cache d&apos;index</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A file of a dataset and what is wrong with it.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) have problems (hover here for the list).</source>
        <translation>
            <numerusform>%n autre fichier présente des problèmes (survolez cette zone pour en voir la liste).</numerusform>
            <numerusform>%n autres fichiers présentent des problèmes (survolez cette zone pour en voir la liste).</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 · %2 · %3</source>
        <extracomment>The selected row of a dataset: its number, its file and line, its size.</extracomment>
        <translation>Ligne %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Go to Row</source>
        <translation>Aller à la ligne</translation>
    </message>
    <message>
        <source>Row (1 to %1):</source>
        <translation>Ligne (1 à %1)&#xa0;:</translation>
    </message>
    <message>
        <source>Go to Time</source>
        <translation>Aller à l&apos;heure</translation>
    </message>
    <message>
        <source>The messages of these files carry no time stamps.</source>
        <translation>Les messages de ces fichiers ne comportent pas d&apos;horodatage.</translation>
    </message>
    <message>
        <source>No message is that late.</source>
        <translation>Aucun message n&apos;est aussi tardif.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>A bookmark of a dataset: its row, then the start of its text.</extracomment>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source> · bookmarked</source>
        <translation> · avec signet</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <extracomment>The days a dataset covers and their time zone: &quot;11/1/24 to 11/30/24 (UTC)&quot;.</extracomment>
        <translation>du %1 au %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1* (%n file(s))</source>
        <extracomment>The title of a tab showing several files whose names begin alike, read as one dataset: &quot;stocktwits_message_2024_01_* (3 files)&quot;.</extracomment>
        <translation>
            <numerusform>%1* (%n fichier)</numerusform>
            <numerusform>%1* (%n fichiers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>Demo (built-in simulator)</source>
        <translation>Démo (simulateur intégré)</translation>
    </message>
    <message>
        <source>Demo Firestream (built-in simulator)</source>
        <translation>Démo Firestream (simulateur intégré)</translation>
    </message>
</context>
<context>
    <name>DisplayTimeZone</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A title and the time zone its times are in: &quot;Time (UTC)&quot;, &quot;Time (CET)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A date and time, then its time zone: &quot;Monday, 4 March 2024 15:30:05 CET&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>An exact instant in UTC, in a tooltip.</extracomment>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>DownloadCommand</name>
    <message>
        <source>Download daily backup archives for a range of dates.</source>
        <translation>Télécharger les archives de sauvegarde quotidiennes d&apos;une plage de dates.</translation>
    </message>
    <message>
        <source>Base URL of the backup service, e.g. https://firestream.stocktwits.com.</source>
        <translation>URL de base du service de sauvegarde, par exemple https://firestream.stocktwits.com.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>Nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>Use a saved backup account (see &apos;hydrant-cli account&apos;); its password comes from the OS secret store.</source>
        <translation>Utiliser un compte de sauvegardes enregistré (voir «&#xa0;hydrant-cli account&#xa0;»)&#xa0;; son mot de passe provient du trousseau du système.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>types</source>
        <translation>types</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD).</source>
        <translation>Premier jour (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD; default: the first day).</source>
        <translation>Dernier jour (YYYY-MM-DD&#xa0;; par défaut&#xa0;: le premier jour).</translation>
    </message>
    <message>
        <source>Folder to save the files in.</source>
        <translation>Dossier dans lequel enregistrer les fichiers.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Files downloaded at the same time (default %1).</source>
        <translation>Nombre de fichiers téléchargés simultanément (par défaut %1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Print the summary as one JSON object on stdout.</source>
        <translation>Afficher le résumé sous la forme d&apos;un objet JSON sur la sortie standard.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Lire le mot de passe sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>--type needs at least one file type.</source>
        <translation>--type attend au moins un type de fichier.</translation>
    </message>
    <message>
        <source>--from is required (YYYY-MM-DD).</source>
        <translation>--from est obligatoire (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>--from: “%1” is not a date of the form YYYY-MM-DD.</source>
        <translation>--from&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une date au format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--to: “%1” is not a date of the form YYYY-MM-DD.</source>
        <translation>--to&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une date au format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to est antérieur à --from.</translation>
    </message>
    <message>
        <source>--out is required: the folder to save the files in.</source>
        <translation>--out est obligatoire&#xa0;: le dossier dans lequel enregistrer les fichiers.</translation>
    </message>
    <message>
        <source>Give --base-url and --user, or --profile.</source>
        <translation>Indiquez --base-url et --user, ou --profile.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation>Échec de l&apos;authentification&#xa0;: %1</translation>
    </message>
    <message>
        <source>done           %1 (%2)</source>
        <translation>terminé        %1 (%2)</translation>
    </message>
    <message>
        <source>not available  %1</source>
        <translation>non disponible %1</translation>
    </message>
    <message>
        <source>failed         %1: %2</source>
        <translation>échec          %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>summary        %1 done, %2 skipped, %3 not available, %4 failed, %5 downloaded</source>
        <translation>résumé         %1 terminé(s), %2 ignoré(s), %3 non disponible(s), %4 en échec, %5 téléchargés</translation>
    </message>
    <message>
        <source>File types, comma-separated (default: activity,message).</source>
        <translation>Types de fichiers, séparés par des virgules (par défaut&#xa0;: activity,message).</translation>
    </message>
    <message>
        <source>Symbol backups (/symbols/backups/NAME/...) of these metrics, comma-separated or repeated; the names are the ones on your dashboard. Without --type, only these are downloaded.</source>
        <translation>Sauvegardes de symboles (/symbols/backups/NOM/...) de ces métriques, séparées par des virgules ou répétées&#xa0;; les noms sont ceux de votre tableau de bord. Sans --type, seules celles-ci sont téléchargées.</translation>
    </message>
    <message>
        <source>hydrant-cli download: download the daily backup archives of a date range.

Each (type, day) is saved as stocktwits_TYPE_YYYY_MM_DD.gz in --out, written to a .part file first, verified (every gzip member&apos;s CRC32 and length) and only then renamed. An interrupted run resumes where it stopped when started again; days already on disk are skipped.

The password is read from the HYDRANT_PASSWORD environment variable or --password-stdin (never from the command line), or from the secret store with --profile.

Exit codes: 0 every day done, skipped or not available; 1 usage error; 2 authentication failed; 3 some days failed, or a file type was found on none of the days (a wrong type name).</source>
        <translation>hydrant-cli download&#xa0;: télécharger les archives de sauvegarde quotidiennes d&apos;une plage de dates.

Chaque couple (type, jour) est enregistré sous stocktwits_TYPE_YYYY_MM_DD.gz dans --out, d&apos;abord écrit dans un fichier .part, vérifié (CRC32 et longueur de chaque membre gzip), puis seulement renommé. Une exécution interrompue reprend là où elle s&apos;est arrêtée lorsqu&apos;elle est relancée&#xa0;; les jours déjà sur le disque sont ignorés.

Le mot de passe est lu depuis la variable d&apos;environnement HYDRANT_PASSWORD ou --password-stdin (jamais depuis la ligne de commande), ou depuis le trousseau avec --profile.

Codes de sortie&#xa0;: 0 tous les jours terminés, ignorés ou non disponibles&#xa0;; 1 erreur d&apos;utilisation&#xa0;; 2 échec de l&apos;authentification&#xa0;; 3 échec de certains jours, ou type de fichier trouvé sur aucun des jours (nom de type erroné).</translation>
    </message>
    <message>
        <source>--symbols-metric needs at least one metric name.</source>
        <translation>--symbols-metric attend au moins un nom de métrique.</translation>
    </message>
    <message>
        <source>Not downloaded: authentication failed (%1)</source>
        <translation>Non téléchargé&#xa0;: échec de l&apos;authentification (%1)</translation>
    </message>
    <message>
        <source>There is no backup account named “%1” (see &apos;hydrant-cli account list&apos;).</source>
        <translation>Il n&apos;existe aucun compte de sauvegardes nommé «&#xa0;%1&#xa0;» (voir «&#xa0;hydrant-cli account list&#xa0;»).</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to download, %1 already on disk, into %2</source>
        <translation>
            <numerusform>%n fichier à télécharger, %1 déjà sur le disque, dans %2</numerusform>
            <numerusform>%n fichiers à télécharger, %1 déjà sur le disque, dans %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>progress       %1 of %n file(s) finished, %2 running, %3 received, %4/s</source>
        <translation>
            <numerusform>progression    %1 sur %n fichier terminé, %2 en cours, %3 reçus, %4/s</numerusform>
            <numerusform>progression    %1 sur %n fichiers terminés, %2 en cours, %3 reçus, %4/s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadItem</name>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Resolving</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>DownloadNotifier</name>
    <message numerus="yes">
        <source>%n file(s) downloaded</source>
        <translation>
            <numerusform>%n fichier téléchargé</numerusform>
            <numerusform>%n fichiers téléchargés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not available</source>
        <translation>
            <numerusform>%n non disponible</numerusform>
            <numerusform>%n non disponibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Hydrant</source>
        <translation>Hydrant</translation>
    </message>
    <message>
        <source>Downloads finished</source>
        <translation>Téléchargements terminés</translation>
    </message>
</context>
<context>
    <name>DownloadQueue</name>
    <message>
        <source>Waiting for the password.</source>
        <translation>En attente du mot de passe.</translation>
    </message>
    <message>
        <source>Retrying now.</source>
        <translation>Nouvelle tentative en cours.</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n second(s).</source>
        <translation>
            <numerusform>Nouvelle tentative dans %n seconde.</numerusform>
            <numerusform>Nouvelle tentative dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No “%1” file was found on any of the %n day(s) asked for: the file type “%1” does not seem to exist for this account. Check the list of file types on your dashboard (the documented types are “activity” and “message”).</source>
        <translation>
            <numerusform>Aucun fichier «&#xa0;%1&#xa0;» n&apos;a été trouvé sur %n jour demandé&#xa0;: le type de fichier «&#xa0;%1&#xa0;» ne semble pas exister pour ce compte. Vérifiez la liste des types de fichiers sur votre tableau de bord (les types documentés sont «&#xa0;activity&#xa0;» et «&#xa0;message&#xa0;»).</numerusform>
            <numerusform>Aucun fichier «&#xa0;%1&#xa0;» n&apos;a été trouvé sur aucun des %n jours demandés&#xa0;: le type de fichier «&#xa0;%1&#xa0;» ne semble pas exister pour ce compte. Vérifiez la liste des types de fichiers sur votre tableau de bord (les types documentés sont «&#xa0;activity&#xa0;» et «&#xa0;message&#xa0;»).</numerusform>
        </translation>
    </message>
    <message>
        <source>The password of the backups account is needed to download.</source>
        <translation>Le mot de passe du compte de sauvegardes est nécessaire pour télécharger.</translation>
    </message>
    <message>
        <source>Gave up after %1 was received for this file of %2, more than Hydrant fetches for one file.</source>
        <translation>Abandon après réception de %1 pour ce fichier de %2, soit plus que ce que Hydrant récupère pour un fichier.</translation>
    </message>
    <message>
        <source>Gave up after %1 was received for this file of unknown size, more than Hydrant fetches for one file.</source>
        <translation>Abandon après réception de %1 pour ce fichier de taille inconnue, soit plus que ce que Hydrant récupère pour un fichier.</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n tries.</source>
        <translation>
            <numerusform>Abandon après %n tentative.</numerusform>
            <numerusform>Abandon après %n tentatives.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n failed tries in a row.</source>
        <translation>
            <numerusform>Abandon après %n tentative échouée.</numerusform>
            <numerusform>Abandon après %n tentatives échouées consécutives.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadQueueModel</name>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds left</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes left</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DownloadStateStore</name>
    <message>
        <source>The saved download queue cannot be read: %1</source>
        <translation>Impossible de lire la file d&apos;attente des téléchargements enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The saved download queue is damaged (%1); starting with an empty queue.</source>
        <translation>La file d&apos;attente des téléchargements enregistrée est endommagée (%1)&#xa0;; démarrage avec une file vide.</translation>
    </message>
    <message>
        <source>The saved download queue comes from another version; starting with an empty queue.</source>
        <translation>La file d&apos;attente des téléchargements enregistrée provient d&apos;une autre version&#xa0;; démarrage avec une file vide.</translation>
    </message>
    <message>
        <source>The download queue cannot be saved to %1: %2</source>
        <translation>Impossible d&apos;enregistrer la file d&apos;attente des téléchargements dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DownloadTask</name>
    <message>
        <source>Already on disk.</source>
        <translation>Déjà sur le disque.</translation>
    </message>
    <message>
        <source>The download folder %1 does not exist.</source>
        <translation>Le dossier de téléchargement %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Permission denied: Hydrant may not write into %1. Choose another download folder or change its permissions.</source>
        <translation>Permission refusée&#xa0;: Hydrant ne peut pas écrire dans %1. Choisissez un autre dossier de téléchargement ou modifiez ses permissions.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be written (%2). Free some space or choose another download folder; the download resumes where it stopped.</source>
        <translation>Le disque est plein&#xa0;: impossible d&apos;écrire %1 (%2). Libérez de l&apos;espace ou choisissez un autre dossier de téléchargement&#xa0;; le téléchargement reprendra là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>Permission denied while writing %1.</source>
        <translation>Permission refusée lors de l&apos;écriture de %1.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The download from %1 was interrupted after %2: %3</source>
        <translation>Le téléchargement depuis %1 a été interrompu après %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The connection closed after %1 of %2.</source>
        <translation>La connexion a été fermée après %1 sur %2.</translation>
    </message>
    <message>
        <source>The storage redirected the download somewhere it cannot be followed. %1</source>
        <translation>Le stockage a redirigé le téléchargement vers un emplacement qui ne peut pas être suivi. %1</translation>
    </message>
    <message>
        <source>The download link keeps expiring (HTTP %1).</source>
        <translation>Le lien de téléchargement ne cesse d&apos;expirer (HTTP %1).</translation>
    </message>
    <message>
        <source>The downloaded file failed verification and was deleted. %1</source>
        <translation>Le fichier téléchargé n&apos;a pas passé la vérification et a été supprimé. %1</translation>
    </message>
    <message>
        <source>%1 cannot be renamed to %2: %3</source>
        <translation>Impossible de renommer %1 en %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: %2</source>
        <translation>Impossible de créer le dossier %1 : %2</translation>
    </message>
    <message>
        <source>The storage host sent more than %1 without saying how long the file is; the download was stopped and its partial file deleted.</source>
        <translation>L&apos;hôte de stockage a envoyé plus de %1 sans indiquer la taille du fichier&#xa0;; le téléchargement a été arrêté et son fichier partiel supprimé.</translation>
    </message>
    <message>
        <source>The storage host answered with other bytes than the ones asked for; the download starts over from zero.</source>
        <translation>L&apos;hôte de stockage a répondu avec d&apos;autres octets que ceux demandés&#xa0;; le téléchargement recommence à zéro.</translation>
    </message>
    <message>
        <source> The storage host ignored the request to resume, so the download started over from zero.</source>
        <translation> L&apos;hôte de stockage a ignoré la demande de reprise&#xa0;; le téléchargement a donc recommencé à zéro.</translation>
    </message>
    <message>
        <source>The storage host refused to resume the download (HTTP 416); it starts over from zero.</source>
        <translation>L&apos;hôte de stockage a refusé de reprendre le téléchargement (HTTP 416)&#xa0;; il recommence à zéro.</translation>
    </message>
</context>
<context>
    <name>EndpointPolicy</name>
    <message>
        <source>“%1” is not a valid web address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web valide.</translation>
    </message>
    <message>
        <source>Addresses with a user name or password in them are refused; enter the credentials in the account instead.</source>
        <translation>Les adresses contenant un nom d&apos;utilisateur ou un mot de passe sont refusées&#xa0;; saisissez plutôt les identifiants dans le compte.</translation>
    </message>
    <message>
        <source>Plain http:// is refused for %1: credentials and data must travel encrypted. Use https://.</source>
        <translation>Le protocole http:// non chiffré est refusé pour %1&#xa0;: les identifiants et les données doivent circuler de façon chiffrée. Utilisez https://.</translation>
    </message>
    <message>
        <source>The scheme “%1” is not supported; use https://.</source>
        <translation>Le schéma «&#xa0;%1&#xa0;» n&apos;est pas pris en charge&#xa0;; utilisez https://.</translation>
    </message>
    <message>
        <source>Plain http:// is refused for localhost here: on this computer the name does not lead to loopback addresses only. Use http://127.0.0.1 or https://.</source>
        <translation>Le protocole http:// non chiffré est refusé ici pour localhost&#xa0;: sur cet ordinateur, ce nom ne mène pas uniquement à des adresses de bouclage. Utilisez http://127.0.0.1 ou https://.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export the messages of saved files that match a query, as CSV or JSON lines.</source>
        <translation>Exporter les messages des fichiers enregistrés qui correspondent à une requête, au format CSV ou JSON lines.</translation>
    </message>
    <message>
        <source>Only messages that match QUERY (the query language of the Files search).</source>
        <translation>Uniquement les messages qui correspondent à REQUÊTE (le langage de requête de la recherche de la page Fichiers).</translation>
    </message>
    <message>
        <source>query</source>
        <translation>requête</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>Write to FILE; - (the default) is standard output.</source>
        <translation>Écrire dans FICHIER&#xa0;; - (par défaut) désigne la sortie standard.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FICHIER...</translation>
    </message>
    <message>
        <source>--query: %1</source>
        <translation>--query&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Impossible d&apos;écrire sur la sortie standard.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>L&apos;écriture de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Give at least one file or folder to export.</source>
        <translation>Indiquez au moins un fichier ou un dossier à exporter.</translation>
    </message>
    <message>
        <source>csv, jsonl or jsonl.gz (default: from the output name, else jsonl).</source>
        <translation>csv, jsonl ou jsonl.gz (par défaut&#xa0;: d&apos;après le nom du fichier de sortie, sinon jsonl).</translation>
    </message>
    <message>
        <source>CSV columns, comma-separated: %1 (the default), %2.</source>
        <translation>Colonnes CSV, séparées par des virgules&#xa0;: %1 (par défaut), %2.</translation>
    </message>
    <message>
        <source>hydrant-cli export FILE... [--query Q] [--format csv|jsonl|jsonl.gz] [--columns …] [-o OUT]: the messages that match, times in ISO 8601 UTC, symbols without $, text decoded.</source>
        <translation>hydrant-cli export FICHIER... [--query Q] [--format csv|jsonl|jsonl.gz] [--columns …] [-o SORTIE]&#xa0;: les messages qui correspondent, heures au format ISO 8601 UTC, symboles sans $, texte décodé.</translation>
    </message>
    <message>
        <source>--format is csv, jsonl or jsonl.gz, not “%1”.</source>
        <translation>--format doit valoir csv, jsonl ou jsonl.gz, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The .jsonl.gz or .jsonl files, or folders of them, exported in time order; - reads standard input.</source>
        <translation>Les fichiers .jsonl.gz ou .jsonl, ou des dossiers qui en contiennent, exportés dans l&apos;ordre chronologique&#xa0;; - lit l&apos;entrée standard.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Lines to export</source>
        <translation>Lignes à exporter</translation>
    </message>
    <message>
        <source>Search results (%1 lines)</source>
        <translation>Résultats de la recherche (%1 lignes)</translation>
    </message>
    <message>
        <source>Selected rows (%1 lines)</source>
        <translation>Lignes sélectionnées (%1 lignes)</translation>
    </message>
    <message>
        <source>Bookmarks (%1 lines)</source>
        <translation>Signets (%1 lignes)</translation>
    </message>
    <message>
        <source>JSON lines, gzip-compressed (.jsonl.gz)</source>
        <translation>JSON lines, compressé avec gzip (.jsonl.gz)</translation>
    </message>
    <message>
        <source>JSON lines (.jsonl)</source>
        <translation>JSON lines (.jsonl)</translation>
    </message>
    <message>
        <source>CSV with chosen columns (.csv)</source>
        <translation>CSV avec les colonnes choisies (.csv)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl.gz *.jsonl);;CSV (*.csv);;All files (*)</source>
        <translation>JSON lines (*.jsonl.gz *.jsonl);;CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Open the folder the export was written to</source>
        <translation>Ouvrir le dossier où l’export a été écrit</translation>
    </message>
    <message>
        <source>Open the exported file in the application the desktop chooses</source>
        <translation>Ouvrir le fichier exporté dans l’application choisie par le bureau</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <extracomment>After an export: &quot;Exported 1,204 rows to day-export.jsonl.gz.&quot;</extracomment>
        <translation>
            <numerusform>%Ln ligne exportée vers %1.</numerusform>
            <numerusform>%Ln lignes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation>L’export vers %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>No application could open the folder %1.</source>
        <translation>Aucune application n’a pu ouvrir le dossier %1.</translation>
    </message>
    <message>
        <source>No application could open %1; it is in %2.</source>
        <translation>Aucune application n’a pu ouvrir %1&#xa0;; il se trouve dans %2.</translation>
    </message>
</context>
<context>
    <name>ExportRequest</name>
    <message>
        <source>Name the file to export to.</source>
        <translation>Indiquez le fichier vers lequel exporter.</translation>
    </message>
    <message>
        <source>A CSV export needs at least one column.</source>
        <translation>Une exportation CSV nécessite au moins une colonne.</translation>
    </message>
</context>
<context>
    <name>FeedModel</name>
    <message>
        <source>(malformed)</source>
        <translation>(mal formé)</translation>
    </message>
</context>
<context>
    <name>FeedView</name>
    <message>
        <source>Copy as JSON</source>
        <translation>Copier en JSON</translation>
    </message>
    <message>
        <source>↑ %1 new</source>
        <translation>↑ %1 nouveau(x)</translation>
    </message>
    <message>
        <source>↓ %1 new</source>
        <translation>↓ %1 nouveau(x)</translation>
    </message>
    <message>
        <source>Jump to the newest message and follow the stream again</source>
        <translation>Aller au message le plus récent et suivre de nouveau le flux</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copier en texte</translation>
    </message>
    <message>
        <source>Jump to newest</source>
        <translation>Aller au plus récent</translation>
    </message>
</context>
<context>
    <name>FileDocument</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The name of this file suggests %1, but it holds %2; it is read as what it holds.</source>
        <translation>Le nom de ce fichier laisse supposer %1, mais il contient %2&#xa0;; il est lu d&apos;après son contenu réel.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>%1 does not hold JSON lines or an archive Hydrant can read: it is binary data of an unknown kind (it starts with the bytes %2).</source>
        <translation>%1 ne contient ni lignes JSON ni archive lisible par Hydrant&#xa0;: il s&apos;agit de données binaires de type inconnu (il commence par les octets %2).</translation>
    </message>
    <message>
        <source>The archive holds no files.</source>
        <translation>L&apos;archive ne contient aucun fichier.</translation>
    </message>
    <message>
        <source>The archive holds only files whose names are not safe to use.</source>
        <translation>L&apos;archive ne contient que des fichiers dont les noms ne sont pas sûrs.</translation>
    </message>
    <message>
        <source>Cannot create a temporary file in %1 for the extracted data: %2</source>
        <translation>Impossible de créer un fichier temporaire dans %1 pour les données extraites&#xa0;: %2</translation>
    </message>
    <message>
        <source>The archive member name &quot;%1&quot; is not safe to use; it is not opened.</source>
        <translation>Le nom de membre d&apos;archive «&#xa0;%1&#xa0;» n&apos;est pas sûr&#xa0;; il n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>The archive holds several files; open one of them to read it.</source>
        <translation>L’archive contient plusieurs fichiers&#xa0;; ouvrez-en un pour le lire.</translation>
    </message>
    <message>
        <source>Indexing stopped before the end of the file.</source>
        <translation>L’indexation s’est arrêtée avant la fin du fichier.</translation>
    </message>
    <message>
        <source>Indexing was stopped: only the first %1 of the file can be browsed and searched.</source>
        <translation>L&apos;indexation a été arrêtée&#xa0;: seul le début du fichier (%1) peut être parcouru et faire l&apos;objet de recherches.</translation>
    </message>
    <message>
        <source>None of the lines is a JSON object: this does not look like a JSON-lines file.</source>
        <translation>Aucune des lignes n&apos;est un objet JSON&#xa0;: ce fichier ne semble pas être au format JSON lines.</translation>
    </message>
    <message>
        <source>Indexing… %1 of %2, %3 lines</source>
        <translation>Indexation… %1 sur %2, %3 lignes</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source> — about %1 left</source>
        <translation> — encore environ %1</translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation>Lignes&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of content</source>
        <translation>%1 de contenu</translation>
    </message>
    <message>
        <source>index from the cache</source>
        <translation>index lu depuis le cache</translation>
    </message>
    <message>
        <source>The file was replaced by another one with the same name: it was read again from the start.</source>
        <translation>Le fichier a été remplacé par un autre du même nom&#xa0;: il a été relu depuis le début.</translation>
    </message>
    <message>
        <source>The file became shorter (it was truncated or rewritten): it was read again from the start.</source>
        <translation>Le fichier a raccourci (tronqué ou réécrit)&#xa0;: il a été relu depuis le début.</translation>
    </message>
</context>
<context>
    <name>FileDocumentModel</name>
    <message>
        <source>(line of %1, shown cut)</source>
        <translation>(ligne de %1, tronquée à l&apos;affichage)</translation>
    </message>
</context>
<context>
    <name>FileExporter</name>
    <message>
        <source>The file is not open.</source>
        <translation>Le fichier n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>L&apos;écriture de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Some lines could not be read; nothing was written.</source>
        <translation>Certaines lignes n&apos;ont pas pu être lues&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FileFormat</name>
    <message>
        <source>an empty file</source>
        <translation>un fichier vide</translation>
    </message>
    <message>
        <source>gzip-compressed data</source>
        <translation>des données compressées avec gzip</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>du texte brut</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>une archive zip</translation>
    </message>
    <message>
        <source>a tar archive</source>
        <translation>une archive tar</translation>
    </message>
    <message>
        <source>a 7z archive</source>
        <translation>une archive 7z</translation>
    </message>
    <message>
        <source>xz-compressed data</source>
        <translation>des données compressées avec xz</translation>
    </message>
    <message>
        <source>bzip2-compressed data</source>
        <translation>des données compressées avec bzip2</translation>
    </message>
    <message>
        <source>zstd-compressed data</source>
        <translation>des données compressées avec zstd</translation>
    </message>
    <message>
        <source>binary data of an unknown kind</source>
        <translation>des données binaires de type inconnu</translation>
    </message>
</context>
<context>
    <name>FileIndexer</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>La lecture du fichier a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The compressed data is damaged after %1 of content: %2. Everything before it is shown.</source>
        <translation>Les données compressées sont endommagées après %1 de contenu&#xa0;: %2. Tout ce qui précède est affiché.</translation>
    </message>
    <message>
        <source>Cannot write the extracted data to the cache folder: %1</source>
        <translation>Impossible d&apos;écrire les données extraites dans le dossier de cache&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file ends unexpectedly after %1 (%2 decompressed): it is truncated. Everything before that point is shown.</source>
        <translation>Le fichier se termine de façon inattendue après %1 (%2 décompressés)&#xa0;: il est tronqué. Tout ce qui précède ce point est affiché.</translation>
    </message>
    <message>
        <source>The file holds %1 of data that is not gzip after the end of the compressed stream (at byte %2); it was ignored.</source>
        <translation>Le fichier contient %1 de données non gzip après la fin du flux compressé (à l&apos;octet %2)&#xa0;; elles ont été ignorées.</translation>
    </message>
    <message>
        <source>at compressed byte %1 (after %2 of content)</source>
        <translation>à l&apos;octet compressé %1 (après %2 de contenu)</translation>
    </message>
    <message>
        <source>Member %1 of the file fails its checksum %2: the data may be corrupted. Everything before that point is shown.</source>
        <translation>La somme de contrôle du membre %1 du fichier est incorrecte %2&#xa0;: les données sont peut-être corrompues. Tout ce qui précède ce point est affiché.</translation>
    </message>
    <message>
        <source>The compressed data is damaged %1 (%2). Everything before that point is shown.</source>
        <translation>Les données compressées sont endommagées %1 (%2). Tout ce qui précède ce point est affiché.</translation>
    </message>
    <message>
        <source>There is not enough memory to index this file.</source>
        <translation>La mémoire est insuffisante pour indexer ce fichier.</translation>
    </message>
    <message>
        <source>Its last line is cut off after %1 and is not counted.</source>
        <translation>Sa dernière ligne est tronquée après %1 et n&apos;est pas comptée.</translation>
    </message>
</context>
<context>
    <name>FileSearch</name>
    <message>
        <source>No matches</source>
        <translation>Aucune correspondance</translation>
    </message>
    <message>
        <source>%1 — searching %2 %</source>
        <translation>%1 — recherche&#xa0;: %2 %</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln correspondance</numerusform>
            <numerusform>%Ln correspondances</numerusform>
        </translation>
    </message>
    <message>
        <source>Search results appear here.</source>
        <translation>Les résultats de recherche s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>Search results: %1 — %2</source>
        <translation>Résultats de la recherche&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source> (the first %1 are listed)</source>
        <translation> (les %1 premiers sont listés)</translation>
    </message>
</context>
<context>
    <name>FileSearchBar</name>
    <message>
        <source>&lt;p&gt;Searches the whole file; matching lines fill the pane below.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Query&lt;/b&gt;: the query language below&lt;/li&gt;&lt;li&gt;&lt;b&gt;Text&lt;/b&gt;: the exact text, even if it looks like a query&lt;/li&gt;&lt;li&gt;&lt;b&gt;Regex&lt;/b&gt;: one regular expression on the text&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Recherche dans tout le fichier&#xa0;; les lignes correspondantes s&apos;affichent dans le volet ci-dessous.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Requête&lt;/b&gt;&#xa0;: le langage de requête ci-dessous&lt;/li&gt;&lt;li&gt;&lt;b&gt;Texte&lt;/b&gt;&#xa0;: le texte exact, même s&apos;il ressemble à une requête&lt;/li&gt;&lt;li&gt;&lt;b&gt;Regex&lt;/b&gt;&#xa0;: une expression régulière sur le texte&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search the whole file</source>
        <translation>Rechercher dans tout le fichier</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the search</source>
        <translation>Arrêter la recherche</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next match after the selected line</source>
        <translation>Correspondance suivante après la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous match before the selected line</source>
        <translation>Correspondance précédente avant la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Search: words, $TSLA, @user, sentiment:bullish, OR, NOT …</source>
        <translation>Rechercher&#xa0;: mots, $TSLA, @user, sentiment:bullish, OR, NOT …</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
</context>
<context>
    <name>FileStatisticsView</name>
    <message>
        <source>Back to hours</source>
        <translation>Retour aux heures</translation>
    </message>
    <message>
        <source>Click a bar to go to its first message; double-click an hour to see its minutes.</source>
        <translation>Cliquez sur une barre pour aller à son premier message&#xa0;; double-cliquez sur une heure pour afficher ses minutes.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Top symbols (click one to search for it)</source>
        <translation>Symboles les plus cités (cliquez sur l&apos;un d&apos;eux pour le rechercher)</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <source>Bullish</source>
        <translation>Haussier</translation>
    </message>
    <message>
        <source>Bearish</source>
        <translation>Baissier</translation>
    </message>
    <message>
        <source>No sentiment</source>
        <translation>Sans sentiment</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 messages</translation>
    </message>
    <message>
        <source>%1 malformed lines</source>
        <translation>%1 lignes mal formées</translation>
    </message>
    <message>
        <source>%1 system messages</source>
        <translation>%1 messages système</translation>
    </message>
    <message>
        <source>times are not in order</source>
        <translation>les horodatages ne sont pas dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Messages per minute, %1 %2</source>
        <extracomment>The hour a chart of minutes shows and its time zone: &quot;2024-03-04 15:00 CET&quot;.</extracomment>
        <translation>Messages par minute, %1 %2</translation>
    </message>
    <message>
        <source>Messages per hour (%1)</source>
        <extracomment>The title of the chart of messages per hour, with the zone of its hours.</extracomment>
        <translation>Messages par heure (%1)</translation>
    </message>
    <message>
        <source>from %1 to %2 %3</source>
        <extracomment>The time a file covers and its time zone: &quot;from 2024-03-04 09:30:00 to … CET&quot;.</extracomment>
        <translation>du %1 au %2 %3</translation>
    </message>
</context>
<context>
    <name>FileView</name>
    <message>
        <source>This file cannot be opened</source>
        <translation>Impossible d&apos;ouvrir ce fichier</translation>
    </message>
    <message>
        <source>Reading the list of files in the archive…</source>
        <translation>Lecture de la liste des fichiers de l&apos;archive…</translation>
    </message>
    <message>
        <source>Go to Line…</source>
        <translation>Aller à la ligne…</translation>
    </message>
    <message>
        <source>Go to a line by its number</source>
        <translation>Aller à une ligne d&apos;après son numéro</translation>
    </message>
    <message>
        <source>Go to Time…</source>
        <translation>Aller à l&apos;heure…</translation>
    </message>
    <message>
        <source>Go to the first message at or after a time</source>
        <translation>Aller au premier message à partir d&apos;une heure donnée</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Write search results, selected rows or bookmarks to .jsonl.gz or CSV</source>
        <translation>Écrire les résultats de recherche, les lignes sélectionnées ou les signets au format .jsonl.gz ou CSV</translation>
    </message>
    <message>
        <source>Show the whole line</source>
        <translation>Afficher la ligne entière</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Stop indexing</source>
        <translation>Arrêter l&apos;indexation</translation>
    </message>
    <message>
        <source>Stop reading the file; the lines indexed so far stay available</source>
        <translation>Arrêter la lecture du fichier&#xa0;; les lignes déjà indexées restent disponibles</translation>
    </message>
    <message>
        <source>Export %p%</source>
        <translation>Exportation&#xa0;: %p %</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Annuler l&apos;exportation</translation>
    </message>
    <message>
        <source>Line %1 · %2</source>
        <translation>Ligne %1 · %2</translation>
    </message>
    <message>
        <source> — the table shows its first %1</source>
        <translation> — le tableau n&apos;en affiche que le début (%1)</translation>
    </message>
    <message>
        <source> · bookmarked</source>
        <translation> · avec signet</translation>
    </message>
    <message>
        <source>Line %1 · %2, shown whole</source>
        <translation>Ligne %1 · %2, affichée en entier</translation>
    </message>
    <message>
        <source>The line could not be read in full.</source>
        <translation>La ligne n&apos;a pas pu être lue en entier.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Aller à la ligne</translation>
    </message>
    <message>
        <source>Line (1 to %1):</source>
        <translation>Ligne (1 à %1)&#xa0;:</translation>
    </message>
    <message>
        <source>Go to Time</source>
        <translation>Aller à l&apos;heure</translation>
    </message>
    <message>
        <source>The messages of this file carry no time stamps.</source>
        <translation>Les messages de ce fichier ne comportent pas d&apos;horodatage.</translation>
    </message>
    <message>
        <source>No message is that late.</source>
        <translation>Aucun message n&apos;est aussi tardif.</translation>
    </message>
    <message>
        <source>Go To</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <source>Go to a line by its number, or to a time</source>
        <translation>Aller à une ligne d&apos;après son numéro, ou à une heure</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>No file open</source>
        <translation>Aucun fichier ouvert</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Close Tab</source>
        <translation>Fermer l&apos;onglet</translation>
    </message>
    <message>
        <source>Open a saved archive (.jsonl.gz, .ndjson, .gz) with File → Open, or drop it on this window. Several files, or a folder of daily files, open together as one dataset.</source>
        <translation>Ouvrez une archive enregistrée (.jsonl.gz, .ndjson, .gz) avec Fichier → Ouvrir, ou déposez-la sur cette fenêtre. Plusieurs fichiers, ou un dossier de fichiers quotidiens, s&apos;ouvrent ensemble comme un seul jeu de données.</translation>
    </message>
</context>
<context>
    <name>FirehoseClient</name>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Waiting to reconnect</source>
        <translation>En attente de reconnexion</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Limite de requêtes atteinte</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Échec de l&apos;authentification</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Enter the user name and password of the stream account.</source>
        <translation>Saisissez le nom d&apos;utilisateur et le mot de passe du compte de flux.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <source>At most %1 connection requests per minute are allowed; next attempt in %2 s.</source>
        <translation>%1 demandes de connexion par minute au maximum sont autorisées&#xa0;; prochaine tentative dans %2 s.</translation>
    </message>
    <message>
        <source>Reconnecting to %1…</source>
        <translation>Reconnexion à %1…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The server sent the stream uncompressed.</source>
        <translation>Le serveur a envoyé le flux sans compression.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <source>The stream could not be decompressed: %1</source>
        <translation>Le flux n&apos;a pas pu être décompressé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server ended the stream.</source>
        <translation>Le serveur a mis fin au flux.</translation>
    </message>
    <message>
        <source>The connection dropped: %1</source>
        <translation>La connexion a été interrompue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. If the server uses a private certificate authority, add its certificate (%3).</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: %2. Si le serveur utilise une autorité de certification privée, ajoutez son certificat (%3).</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Erreur réseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s.</source>
        <translation>Aucune réponse de %1 en %2 s.</translation>
    </message>
    <message>
        <source>No data for %1 s: the connection stalled.</source>
        <translation>Aucune donnée depuis %1 s&#xa0;: la connexion est bloquée.</translation>
    </message>
    <message>
        <source>An incomplete line was discarded.</source>
        <translation>Une ligne incomplète a été ignorée.</translation>
    </message>
    <message>
        <source>An incomplete event was discarded.</source>
        <translation>Un événement incomplet a été ignoré.</translation>
    </message>
    <message>
        <source>Reconnecting to %1 (attempt %2).</source>
        <translation>Reconnexion à %1 (tentative %2).</translation>
    </message>
    <message>
        <source>Connecting to %1.</source>
        <translation>Connexion à %1.</translation>
    </message>
    <message>
        <source>Connected to %1, resuming after item %2 (%3=%2).</source>
        <translation>Connecté à %1, reprise après l&apos;élément %2 (%3=%2).</translation>
    </message>
    <message>
        <source>A line longer than the limit of %1 was dropped (such lines are counted as too long and never shown; the limit is the “Longest line” preference).</source>
        <translation>Une ligne dépassant la limite de %1 a été ignorée (ces lignes sont comptées comme trop longues et ne sont jamais affichées&#xa0;; la limite est la préférence «&#xa0;Longueur maximale de ligne&#xa0;»).</translation>
    </message>
    <message>
        <source>The service could not continue after item %1: the items after it are missing.</source>
        <translation>Le service n&apos;a pas pu poursuivre après l&apos;élément %1&#xa0;: les éléments suivants sont manquants.</translation>
    </message>
    <message>
        <source>Next attempt in %1 s (attempt %2).</source>
        <translation>Prochaine tentative dans %1 s (tentative %2).</translation>
    </message>
</context>
<context>
    <name>GoToTimeDialog</name>
    <message>
        <source>Go to Time</source>
        <translation>Aller à l&apos;heure</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM:SS</source>
        <translation>AAAA-MM-JJ HH:MM:SS</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Heure&#xa0;:</translation>
    </message>
    <message>
        <source>For example %1 or %2</source>
        <translation>Par exemple %1 ou %2</translation>
    </message>
    <message>
        <source>The first message at or after this time (%1):</source>
        <extracomment>%1 is the time zone the field is read in: &quot;UTC&quot;, &quot;CET&quot;.</extracomment>
        <translation>Le premier message à partir de cette heure (%1)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>GzipReader</name>
    <message>
        <source>No access point before offset %1.</source>
        <translation>Aucun point d&apos;accès avant la position %1.</translation>
    </message>
    <message>
        <source>Cannot start decompressing at offset %1.</source>
        <translation>Impossible de commencer la décompression à la position %1.</translation>
    </message>
    <message>
        <source>Invalid compressed data: %1</source>
        <translation>Données compressées non valides&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>GzipStreamDecoder</name>
    <message>
        <source>The compressed stream is corrupt (%1).</source>
        <translation>Le flux compressé est corrompu (%1).</translation>
    </message>
    <message>
        <source>The compressed stream is corrupt (data that is not gzip follows a member).</source>
        <translation>Le flux compressé est corrompu (des données qui ne sont pas du gzip suivent un membre).</translation>
    </message>
</context>
<context>
    <name>GzipVerifier</name>
    <message>
        <source>The file is not gzip-compressed.</source>
        <translation>Le fichier n&apos;est pas compressé avec gzip.</translation>
    </message>
    <message>
        <source>The file has unexpected data after its last gzip member (at byte %1).</source>
        <translation>Le fichier contient des données inattendues après son dernier membre gzip (à l&apos;octet %1).</translation>
    </message>
    <message>
        <source>The file is corrupt: gzip member %1 (from byte %2) fails its check (%3).</source>
        <translation>Le fichier est corrompu&#xa0;: le membre gzip %1 (à partir de l&apos;octet %2) échoue à la vérification (%3).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file is incomplete: gzip member %1 is cut short after %2 bytes.</source>
        <translation>Le fichier est incomplet&#xa0;: le membre gzip %1 est tronqué après %2 octets.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Verification was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <source>it is shorter than expected</source>
        <translation>il est plus court que prévu</translation>
    </message>
</context>
<context>
    <name>HttpStatusRule</name>
    <message>
        <source> The server said: “%1”</source>
        <translation> Le serveur a répondu&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The server refused the user name or password (HTTP 401). Check the account and enter the password again.</source>
        <translation>Le serveur a refusé le nom d&apos;utilisateur ou le mot de passe (HTTP 401). Vérifiez le compte et saisissez de nouveau le mot de passe.</translation>
    </message>
    <message>
        <source>The server refused the request as not acceptable (HTTP 406): the stream must be requested with gzip compression.</source>
        <translation>Le serveur a refusé la requête comme non acceptable (HTTP 406)&#xa0;: le flux doit être demandé avec la compression gzip.</translation>
    </message>
    <message>
        <source>Rate limited by the server (HTTP %1): too many connection requests.</source>
        <translation>Limite de requêtes atteinte sur le serveur (HTTP %1)&#xa0;: trop de demandes de connexion.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Le serveur a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>The server redirected the stream (HTTP %1); paste the final stream URL into the account.</source>
        <translation>Le serveur a redirigé le flux (HTTP %1)&#xa0;; collez l&apos;URL finale du flux dans le compte.</translation>
    </message>
    <message>
        <source>The server refused the stream (HTTP %1).</source>
        <translation>Le serveur a refusé le flux (HTTP %1).</translation>
    </message>
    <message>
        <source>The backup service refused the request (bad date or file type).</source>
        <translation>Le service de sauvegarde a refusé la requête (date ou type de fichier incorrect).</translation>
    </message>
    <message>
        <source>The user name or password was not accepted.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe n&apos;a pas été accepté.</translation>
    </message>
    <message>
        <source>This account may not download this file.</source>
        <translation>Ce compte n&apos;est pas autorisé à télécharger ce fichier.</translation>
    </message>
    <message>
        <source>There is no file for this day.</source>
        <translation>Il n&apos;y a aucun fichier pour ce jour.</translation>
    </message>
    <message>
        <source>The backup service is having trouble (HTTP %1).</source>
        <translation>Le service de sauvegarde rencontre des difficultés (HTTP %1).</translation>
    </message>
    <message>
        <source>The backup service answered HTTP %1 instead of a download link.</source>
        <translation>Le service de sauvegarde a répondu HTTP %1 au lieu d&apos;un lien de téléchargement.</translation>
    </message>
    <message>
        <source>The download link expired (HTTP %1).</source>
        <translation>Le lien de téléchargement a expiré (HTTP %1).</translation>
    </message>
    <message>
        <source>The storage host is having trouble (HTTP %1).</source>
        <translation>L&apos;hôte de stockage rencontre des difficultés (HTTP %1).</translation>
    </message>
    <message>
        <source>The storage host refused the download (HTTP %1).</source>
        <translation>L&apos;hôte de stockage a refusé le téléchargement (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>HttpStreamConnection</name>
    <message>
        <source>The server&apos;s answer has more than %1 KiB of headers.</source>
        <translation>La réponse du serveur contient plus de %1 Kio d’en-têtes.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid HTTP.</source>
        <translation>La réponse du serveur n’est pas du HTTP valide.</translation>
    </message>
    <message>
        <source>The server&apos;s answer broke its chunked framing.</source>
        <translation>La réponse du serveur ne respecte pas son découpage en blocs (chunked).</translation>
    </message>
    <message>
        <source>The server closed the connection before the answer was complete.</source>
        <translation>Le serveur a fermé la connexion avant la fin de la réponse.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation>Le serveur a fermé la connexion sans répondre.</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Indexing…</source>
        <translation>Indexation…</translation>
    </message>
    <message>
        <source>Count, search and summarise a saved archive.</source>
        <translation>Compter, rechercher et résumer une archive enregistrée.</translation>
    </message>
    <message>
        <source>Count lines, messages and malformed lines (with --grep: count matches).</source>
        <translation>Compter les lignes, les messages et les lignes mal formées (avec --grep&#xa0;: compter les correspondances).</translation>
    </message>
    <message>
        <source>Messages per hour, top symbols and the sentiment share.</source>
        <translation>Messages par heure, symboles les plus cités et répartition des sentiments.</translation>
    </message>
    <message>
        <source>Print line N (the first line is 1).</source>
        <translation>Afficher la ligne N (la première ligne est la ligne 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The member to read in a zip, tar or 7z archive.</source>
        <translation>Le membre à lire dans une archive zip, tar ou 7z.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Symbols listed by --stats (default 10).</source>
        <translation>Nombre de symboles listés par --stats (par défaut 10).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>Afficher les résultats au format JSON.</translation>
    </message>
    <message>
        <source>Neither read nor write the index cache.</source>
        <translation>Ne pas lire ni écrire le cache d&apos;index.</translation>
    </message>
    <message>
        <source>--grep needs a pattern.</source>
        <translation>--grep attend un motif.</translation>
    </message>
    <message>
        <source>The archive holds several files; choose one with --member:</source>
        <translation>L&apos;archive contient plusieurs fichiers&#xa0;; choisissez-en un avec --member&#xa0;:</translation>
    </message>
    <message>
        <source>The last line is line %1.</source>
        <translation>La dernière ligne est la ligne %1.</translation>
    </message>
    <message>
        <source>Cannot read line %1.</source>
        <translation>Impossible de lire la ligne %1.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Messages per hour (UTC):</source>
        <translation>Messages par heure (UTC)&#xa0;:</translation>
    </message>
    <message>
        <source>Top symbols:</source>
        <translation>Symboles les plus cités&#xa0;:</translation>
    </message>
    <message>
        <source>Sentiment: %1 % bullish, %2 % bearish, %3 % without</source>
        <translation>Sentiment&#xa0;: %1 % haussier, %2 % baissier, %3 % sans</translation>
    </message>
    <message>
        <source>File:          %1</source>
        <translation>Fichier&#xa0;:      %1</translation>
    </message>
    <message>
        <source>Format:        %1</source>
        <translation>Format&#xa0;:       %1</translation>
    </message>
    <message>
        <source>Lines:         %1</source>
        <translation>Lignes&#xa0;:       %1</translation>
    </message>
    <message>
        <source>Messages:      %1</source>
        <translation>Messages&#xa0;:     %1</translation>
    </message>
    <message>
        <source>Malformed:     %1</source>
        <translation>Mal formées&#xa0;:  %1</translation>
    </message>
    <message>
        <source>Uncompressed:  %1</source>
        <translation>Décompressé&#xa0;:  %1</translation>
    </message>
    <message>
        <source>Time span:     %1 to %2</source>
        <translation>Période&#xa0;:      %1 à %2</translation>
    </message>
    <message>
        <source>Complete:      %1</source>
        <translation>Complet&#xa0;:      %1</translation>
    </message>
    <message>
        <source>no, the file is truncated or damaged</source>
        <translation>non, le fichier est tronqué ou endommagé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Print the messages that match QUERY: words, &quot;phrases&quot;, $TSLA, @user, sentiment:bullish, id:, kind:, before:/after: times, /regex/, AND, OR, NOT and parentheses. Exit status 1 when nothing matches, as grep.</source>
        <translation>Afficher les messages qui correspondent à REQUÊTE&#xa0;: mots, &quot;expressions&quot;, $TSLA, @user, sentiment:bullish, id:, kind:, heures before:/after:, /regex/, AND, OR, NOT et parenthèses. Code de sortie 1 si rien ne correspond, comme grep.</translation>
    </message>
    <message>
        <source>query</source>
        <translation>requête</translation>
    </message>
    <message>
        <source>QUERY is one regular expression.</source>
        <translation>REQUÊTE est une expression régulière.</translation>
    </message>
    <message>
        <source>Ignore case (the default).</source>
        <translation>Ignorer la casse (par défaut).</translation>
    </message>
    <message>
        <source>Compare words and expressions with their case.</source>
        <translation>Comparer les mots et les expressions en respectant la casse.</translation>
    </message>
    <message>
        <source>Cut line:      %1 at the end, without a terminator (not counted)</source>
        <translation>Ligne coupée&#xa0;: %1 à la fin, sans saut de ligne final (non comptée)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Files:         %1</source>
        <translation>Fichiers&#xa0;:      %1</translation>
    </message>
    <message>
        <source>no, a file is truncated or damaged</source>
        <translation>non, un fichier est tronqué ou endommagé</translation>
    </message>
    <message>
        <source>Files in time order (lines, messages, file):</source>
        <translation>Fichiers dans l’ordre chronologique (lignes, messages, fichier)&#xa0;:</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FICHIER...</translation>
    </message>
    <message>
        <source>hydrant-cli inspect FILE...: count, search and summarise saved archives. Without options it prints a summary.</source>
        <translation>hydrant-cli inspect FICHIER...&#xa0;: compter, rechercher et résumer des archives enregistrées. Sans option, affiche un résumé.</translation>
    </message>
    <message>
        <source>Give a file, several files or a folder to inspect.</source>
        <translation>Indiquez un fichier, plusieurs fichiers ou un dossier à inspecter.</translation>
    </message>
    <message>
        <source>--member reads one archive; give that archive alone.</source>
        <translation>--member lit une seule archive&#xa0;; indiquez cette archive seule.</translation>
    </message>
    <message>
        <source>A .jsonl.gz, .jsonl or archive file; or several files, or a folder of daily files, read as one dataset in time order; - reads standard input.</source>
        <translation>Un fichier .jsonl.gz, .jsonl ou une archive&#xa0;; ou plusieurs fichiers, ou un dossier de fichiers quotidiens, lus comme un seul jeu de données dans l&apos;ordre chronologique&#xa0;; - lit l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
</context>
<context>
    <name>JetStreamPublisher</name>
    <message>
        <source>There is no JetStream stream named &apos;%1&apos;.</source>
        <translation>Il n&apos;existe aucun flux JetStream nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot read the JetStream stream &apos;%1&apos;: %2</source>
        <translation>Impossible de lire le flux JetStream «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not connected to NATS.</source>
        <translation>Non connecté à NATS.</translation>
    </message>
    <message>
        <source>The JetStream stream &apos;%1&apos; exists but does not take the subject %2: give its --subject, or another --stream.</source>
        <translation>Le flux JetStream «&#xa0;%1&#xa0;» existe mais n&apos;accepte pas le sujet %2&#xa0;: indiquez son --subject, ou un autre --stream.</translation>
    </message>
    <message>
        <source>Cannot create the JetStream stream &apos;%1&apos;: %2</source>
        <translation>Impossible de créer le flux JetStream «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the last message of the JetStream stream &apos;%1&apos;: %2</source>
        <translation>Impossible de lire le dernier message du flux JetStream «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>JetStream did not store the messages in time (%1).</source>
        <translation>JetStream n&apos;a pas stocké les messages à temps (%1).</translation>
    </message>
</context>
<context>
    <name>JetStreamReader</name>
    <message>
        <source>&apos;%1&apos; is not a start: give new, all, a span such as 30m, 1h or 2d, or a time such as 2024-03-11T09:00Z.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un point de départ valide&#xa0;: indiquez new, all, une durée telle que 30m, 1h ou 2d, ou une heure telle que 2024-03-11T09:00Z.</translation>
    </message>
    <message>
        <source>Cannot read the JetStream stream &apos;%1&apos;: %2</source>
        <translation>Impossible de lire le flux JetStream «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The consumer was lost (%1); reading continues after message %2.</source>
        <translation>Le consommateur a été perdu (%1) ; la lecture reprend après le message %2.</translation>
    </message>
    <message>
        <source>the stream holds messages it did not deliver</source>
        <translation>le flux contient des messages qu’il n’a pas remis</translation>
    </message>
    <message>
        <source>its heartbeats stopped</source>
        <translation>ses battements de cœur se sont arrêtés</translation>
    </message>
    <message>
        <source>messages it delivered did not arrive</source>
        <translation>des messages qu’il a remis ne sont pas arrivés</translation>
    </message>
    <message>
        <source>a message arrived out of its delivery order</source>
        <translation>un message est arrivé hors de son ordre de remise</translation>
    </message>
    <message>
        <source>it passed over messages the stream holds</source>
        <translation>il a sauté des messages que le flux contient</translation>
    </message>
</context>
<context>
    <name>JetStreamSource</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <source>The NATS server went away; reconnecting to another one.</source>
        <translation>Le serveur NATS a disparu&#xa0;; reconnexion à un autre.</translation>
    </message>
    <message>
        <source>Now reading from %1.</source>
        <translation>Lecture depuis %1.</translation>
    </message>
    <message>
        <source>Connected to %1 (stream %2).</source>
        <translation>Connecté à %1 (flux %2).</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 (stream %2), %n message(s) behind.</source>
        <translation>
            <numerusform>Connecté à %1 (flux %2), %n message de retard.</numerusform>
            <numerusform>Connecté à %1 (flux %2), %n messages de retard.</numerusform>
        </translation>
    </message>
    <message>
        <source>If the server uses a private certificate authority, add its certificate (%1).</source>
        <translation>Si le serveur utilise une autorité de certification privée, ajoutez son certificat (%1).</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booléen</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>string</source>
        <translation>chaîne</translation>
    </message>
    <message>
        <source>array</source>
        <translation>tableau</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>JSON non valide à l&apos;octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>LiveCharts</name>
    <message>
        <source>Messages per second</source>
        <translation>Messages par seconde</translation>
    </message>
    <message>
        <source>messages/s</source>
        <translation>messages/s</translation>
    </message>
    <message>
        <source>Top symbols, last %1 min</source>
        <translation>Symboles les plus cités, sur %1 min</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>mentions</translation>
    </message>
    <message>
        <source>Bullish vs bearish</source>
        <translation>Haussier / baissier</translation>
    </message>
    <message>
        <source>Bullish %</source>
        <translation>Haussier (%)</translation>
    </message>
    <message>
        <source>Bearish %</source>
        <translation>Baissier (%)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <source>No stream to watch yet</source>
        <translation>Aucun flux à suivre pour l&apos;instant</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Ajouter un compte…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Connect to the stream (F5)</source>
        <translation>Se connecter au flux (F5)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Disconnect from the stream (Shift+F5)</source>
        <translation>Se déconnecter du flux (Shift+F5)</translation>
    </message>
    <message>
        <source>&amp;Pause Scrolling</source>
        <translation>&amp;Suspendre le défilement</translation>
    </message>
    <message>
        <source>Stop following the newest message; messages keep arriving (Ctrl+P)</source>
        <translation>Ne plus suivre le message le plus récent&#xa0;; les messages continuent d&apos;arriver (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>En&amp;registrer le flux</translation>
    </message>
    <message>
        <source>Write the stream to a daily .jsonl.gz file in the recording folder (Ctrl+R)</source>
        <translation>Écrire le flux dans un fichier .jsonl.gz quotidien dans le dossier des enregistrements (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Jump to Newest</source>
        <translation>&amp;Aller au plus récent</translation>
    </message>
    <message>
        <source>C&amp;lear Feed</source>
        <translation>&amp;Vider le fil</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrer…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Connection log</source>
        <translation>Journal de connexion</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 messages</translation>
    </message>
    <message>
        <source>%1 of %2 messages</source>
        <translation>%1 messages sur %2</translation>
    </message>
    <message>
        <source>filtering…</source>
        <translation>filtrage…</translation>
    </message>
    <message>
        <source>Filter: words, $TSLA, @user, sentiment:bullish, /regex/, OR, NOT …</source>
        <translation>Filtre&#xa0;: mots, $TSLA, @user, sentiment:bullish, /regex/, OR, NOT …</translation>
    </message>
    <message>
        <source>Add a stream account with the URL and the e-mail address and password from your provider&apos;s dashboard. To look around first, try the demo (or start Hydrant with %1): it streams from a built-in simulator, no account needed.</source>
        <extracomment>%1 is the command hydrant --demo</extracomment>
        <translation>Ajoutez un compte de flux avec l&apos;URL, l&apos;adresse e-mail et le mot de passe figurant sur le tableau de bord de votre fournisseur. Pour découvrir l&apos;application d&apos;abord, essayez la démo (ou lancez Hydrant avec %1)&#xa0;: elle diffuse un flux depuis un simulateur intégré, aucun compte nécessaire.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <source>Recording to %1.</source>
        <translation>Enregistrement dans %1.</translation>
    </message>
    <message>
        <source>Recording stopped: %1.</source>
        <translation>Enregistrement arrêté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Recording started in %1.</source>
        <translation>Enregistrement démarré dans %1.</translation>
    </message>
</context>
<context>
    <name>LiveSession</name>
    <message>
        <source>This Hydrant was built without NATS: it cannot read a team relay.</source>
        <translation>Cette version de Hydrant a été compilée sans NATS&#xa0;: elle ne peut pas lire un relais d&apos;équipe.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hydrant</source>
        <translation>Hydrant</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>The realtime stream (Ctrl+1)</source>
        <translation>Le flux en temps réel (Ctrl+1)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Download daily backup archives (Ctrl+2)</source>
        <translation>Télécharger les archives de sauvegarde quotidiennes (Ctrl+2)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Open and search saved archives (Ctrl+3)</source>
        <translation>Ouvrir des archives enregistrées et y effectuer des recherches (Ctrl+3)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Stream</source>
        <translation>F&amp;lux</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Sauvegardes</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Hydrant</source>
        <translation>À &amp;propos de Hydrant</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Hydrant — demo</source>
        <translation>Hydrant — démo</translation>
    </message>
    <message>
        <source>Demo mode: connected to the built-in simulator, no account needed.</source>
        <translation>Mode démo&#xa0;: connecté au simulateur intégré, aucun compte nécessaire.</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Ouvrir un fichier</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Open archives</source>
        <translation>Ouvrir des archives</translation>
    </message>
    <message>
        <source>JSON lines archives (*.gz *.jsonl *.ndjson *.json *.zip *.tar *.tgz *.7z *.xz *.bz2 *.zst);;All files (*)</source>
        <translation>Archives JSON lines (*.gz *.jsonl *.ndjson *.json *.zip *.tar *.tgz *.7z *.xz *.bz2 *.zst);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Documentation</translation>
    </message>
    <message>
        <source>Read the user guide online</source>
        <translation>Lire le guide de l&apos;utilisateur en ligne</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Show the %1 Page</source>
        <translation>Afficher la page %1</translation>
    </message>
    <message>
        <source>Demo S&amp;tream</source>
        <translation>Flux de dé&amp;mo</translation>
    </message>
    <message>
        <source>Demo mode: the built-in simulator, no account needed. Stream ▸ Demo Stream switches between a Gnip firehose and a StockTwits Firestream.</source>
        <translation>Mode démo&#xa0;: le simulateur intégré, aucun compte nécessaire. Flux ▸ Flux de démo permet de basculer entre un firehose Gnip et un StockTwits Firestream.</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <source>No web browser could be started. The user guide is at %1</source>
        <translation>Aucun navigateur web n&apos;a pu être démarré. Le guide de l&apos;utilisateur se trouve à l&apos;adresse %1</translation>
    </message>
    <message>
        <source>Quit Hydrant</source>
        <translation>Quitter Hydrant</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) are still running. Quit anyway?</source>
        <translation>
            <numerusform>%n téléchargement est toujours en cours. Quitter quand même&#xa0;?</numerusform>
            <numerusform>%n téléchargements sont toujours en cours. Quitter quand même&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>They carry on from where they stopped the next time Hydrant starts.</source>
        <translation>Ils reprendront là où ils se sont arrêtés au prochain démarrage de Hydrant.</translation>
    </message>
    <message>
        <source>Quit Anyway</source>
        <translation>Quitter quand même</translation>
    </message>
    <message>
        <source>Keep Downloading</source>
        <translation>Continuer à télécharger</translation>
    </message>
    <message>
        <source>The demo simulator could not start: %1</source>
        <translation>Le simulateur de démonstration n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Ouvrir un &amp;dossier…</translation>
    </message>
    <message>
        <source>Open a folder of daily archives as one dataset</source>
        <translation>Ouvrir un dossier d&apos;archives quotidiennes comme un seul jeu de données</translation>
    </message>
    <message>
        <source>Open a folder of daily archives</source>
        <translation>Ouvrir un dossier d&apos;archives quotidiennes</translation>
    </message>
    <message>
        <source>Open R&amp;ecordings Folder</source>
        <translation>Ouvrir le dossier des &amp;enregistrements</translation>
    </message>
    <message>
        <source>Open the folder the Live page records into as one dataset that follows the recording</source>
        <translation>Ouvrir le dossier où la page En direct enregistre, comme un seul jeu de données qui suit l’enregistrement</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Effacer les fichiers récents</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the last session are gone: %1</source>
        <translation>
            <numerusform>%n fichier de la dernière session a disparu&#xa0;: %1</numerusform>
            <numerusform>%n fichiers de la dernière session ont disparu&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Recordings Folder</source>
        <translation>Ouvrir le dossier des enregistrements</translation>
    </message>
    <message>
        <source>The recordings folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier des enregistrements %1.</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>%1 follows %2</source>
        <extracomment>A StockTwits activity: %1 follows %2 (both user names)</extracomment>
        <translation>%1 suit %2</translation>
    </message>
    <message>
        <source>%1 blocks %2</source>
        <extracomment>A StockTwits activity: %1 blocks %2 (both user names)</extracomment>
        <translation>%1 bloque %2</translation>
    </message>
    <message>
        <source>%1 likes message %2</source>
        <extracomment>A StockTwits activity: %1 (a user name) likes the message with id %2</extracomment>
        <translation>%1 aime le message %2</translation>
    </message>
    <message>
        <source>%1 likes message %2: %3</source>
        <extracomment>A StockTwits activity: %1 (a user name) likes message %2 whose text is %3</extracomment>
        <translation>%1 aime le message %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>MessageColumns</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Symboles</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>J&apos;aime</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Unknown column “%1”: use %2.</source>
        <translation>Colonne «&#xa0;%1&#xa0;» inconnue&#xa0;: utilisez %2.</translation>
    </message>
    <message>
        <source>Name at least one column.</source>
        <translation>Indiquez au moins une colonne.</translation>
    </message>
    <message>
        <source>Bullish</source>
        <translation>Haussier</translation>
    </message>
    <message>
        <source>Bearish</source>
        <translation>Baissier</translation>
    </message>
</context>
<context>
    <name>MessageDetailView</name>
    <message>
        <source>StockTwits message</source>
        <translation>Message StockTwits</translation>
    </message>
    <message>
        <source>Activity Streams activity</source>
        <translation>Activité Activity Streams</translation>
    </message>
    <message>
        <source>Tweet</source>
        <translation>Tweet</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>Objet JSON</translation>
    </message>
    <message>
        <source>Server information</source>
        <translation>Information du serveur</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>Malformed line</source>
        <translation>Ligne mal formée</translation>
    </message>
    <message>
        <source>Select a message to see it in full: author, time, text, symbols and the raw JSON.</source>
        <translation>Sélectionnez un message pour l&apos;afficher en entier&#xa0;: auteur, heure, texte, symboles et JSON brut.</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON brut</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Tout développer</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Tout réduire</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copier le JSON</translation>
    </message>
    <message>
        <source>Copy the message as received</source>
        <translation>Copier le message tel qu&apos;il a été reçu</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <source>No time stamp</source>
        <translation>Pas d&apos;horodatage</translation>
    </message>
    <message>
        <source>Bullish</source>
        <translation>Haussier</translation>
    </message>
    <message>
        <source>Bearish</source>
        <translation>Baissier</translation>
    </message>
    <message>
        <source>This line is not a JSON object:</source>
        <translation>Cette ligne n&apos;est pas un objet JSON&#xa0;:</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(aucun texte)</translation>
    </message>
    <message>
        <source>Symbols: %1</source>
        <translation>Symboles&#xa0;: %1</translation>
    </message>
    <message>
        <source>♥ %1</source>
        <translation>♥ %1</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>Copy whole message</source>
        <translation>Copier le message entier</translation>
    </message>
    <message>
        <source>StockTwits activity</source>
        <translation>Activité StockTwits</translation>
    </message>
    <message>
        <source>Line shown cut</source>
        <translation>Ligne affichée tronquée</translation>
    </message>
    <message>
        <source>The line is %1 long; only its first %2 were read, so it is not interpreted.</source>
        <translation>La ligne fait %1&#xa0;; seuls ses premiers %2 ont été lus, elle n’est donc pas interprétée.</translation>
    </message>
    <message>
        <source>The JSON tree needs the whole line.</source>
        <translation>L’arbre JSON a besoin de la ligne entière.</translation>
    </message>
</context>
<context>
    <name>MessageQuery</name>
    <message>
        <source>There is a &apos;)&apos; at character %1 without a &apos;(&apos; before it.</source>
        <translation>Il y a une «&#xa0;)&#xa0;» au caractère %1 sans «&#xa0;(&#xa0;» qui la précède.</translation>
    </message>
    <message>
        <source>Unexpected text at character %1.</source>
        <translation>Texte inattendu au caractère %1.</translation>
    </message>
    <message>
        <source>The phrase at character %1 has no closing quote (&quot;).</source>
        <translation>L&apos;expression au caractère %1 n&apos;a pas de guillemet fermant (&quot;).</translation>
    </message>
    <message>
        <source>The regular expression at character %1 has no closing slash (/).</source>
        <translation>L&apos;expression régulière au caractère %1 n&apos;a pas de barre oblique fermante (/).</translation>
    </message>
    <message>
        <source>The value at character %1 has no closing quote (&quot;).</source>
        <translation>La valeur au caractère %1 n&apos;a pas de guillemet fermant (&quot;).</translation>
    </message>
    <message>
        <source>OR at character %1 needs a term after it.</source>
        <translation>OR au caractère %1 doit être suivi d&apos;un terme.</translation>
    </message>
    <message>
        <source>AND at character %1 needs a term after it.</source>
        <translation>AND au caractère %1 doit être suivi d&apos;un terme.</translation>
    </message>
    <message>
        <source>NOT at character %1 needs a term after it.</source>
        <translation>NOT au caractère %1 doit être suivi d&apos;un terme.</translation>
    </message>
    <message>
        <source>The parentheses at character %1 are empty.</source>
        <translation>Les parenthèses au caractère %1 sont vides.</translation>
    </message>
    <message>
        <source>The parenthesis at character %1 is not closed.</source>
        <translation>La parenthèse au caractère %1 n&apos;est pas fermée.</translation>
    </message>
    <message>
        <source>%1 at character %2 needs a term before it.</source>
        <translation>%1 au caractère %2 doit être précédé d&apos;un terme.</translation>
    </message>
    <message>
        <source>The phrase at character %1 is empty.</source>
        <translation>L&apos;expression au caractère %1 est vide.</translation>
    </message>
    <message>
        <source>A term is missing at character %1.</source>
        <translation>Il manque un terme au caractère %1.</translation>
    </message>
    <message>
        <source>The regular expression at character %1 is empty.</source>
        <translation>L&apos;expression régulière au caractère %1 est vide.</translation>
    </message>
    <message>
        <source>The regular expression is not valid at character %1: %2</source>
        <translation>L&apos;expression régulière n&apos;est pas valide au caractère %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” at character %2 needs a value.</source>
        <translation>«&#xa0;%1&#xa0;» au caractère %2 attend une valeur.</translation>
    </message>
    <message>
        <source>Unknown sentiment “%1” at character %2: use bullish, bearish or none.</source>
        <translation>Sentiment «&#xa0;%1&#xa0;» inconnu au caractère %2&#xa0;: utilisez bullish, bearish ou none.</translation>
    </message>
    <message>
        <source>Unknown kind “%1” at character %2: use one of %3.</source>
        <translation>Type «&#xa0;%1&#xa0;» inconnu au caractère %2&#xa0;: utilisez l&apos;une des valeurs %3.</translation>
    </message>
    <message>
        <source>“%1” at character %2 is not a time: write it like 2024-03-11 or 2024-03-11T14:30:00Z (UTC).</source>
        <translation>«&#xa0;%1&#xa0;» au caractère %2 n&apos;est pas une date ou une heure&#xa0;: écrivez-la sous la forme 2024-03-11 ou 2024-03-11T14:30:00Z (UTC).</translation>
    </message>
    <message>
        <source>messages matching “%1”</source>
        <translation>messages correspondant à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&lt;p&gt;Terms next to each other must all match; text is compared without case, as shown (escapes and entities decoded).&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;word&lt;/b&gt; or &lt;b&gt;&quot;a phrase&quot;&lt;/b&gt; — in the text, author or name&lt;/li&gt;&lt;li&gt;&lt;b&gt;$TSLA&lt;/b&gt; or &lt;b&gt;symbol:TSLA&lt;/b&gt; — messages about the symbol&lt;/li&gt;&lt;li&gt;&lt;b&gt;@user&lt;/b&gt; or &lt;b&gt;user:name&lt;/b&gt; — messages by this user&lt;/li&gt;&lt;li&gt;&lt;b&gt;sentiment:bullish&lt;/b&gt;, &lt;b&gt;bearish&lt;/b&gt; or &lt;b&gt;none&lt;/b&gt;; &lt;b&gt;id:123&lt;/b&gt;; &lt;b&gt;kind:stocktwits&lt;/b&gt;, &lt;b&gt;gnip&lt;/b&gt;, &lt;b&gt;tweet&lt;/b&gt;, &lt;b&gt;activity&lt;/b&gt;, &lt;b&gt;json&lt;/b&gt;&lt;/li&gt;&lt;li&gt;&lt;b&gt;after:2024-03-11&lt;/b&gt;, &lt;b&gt;before:2024-03-11T14:30&lt;/b&gt; — times in UTC&lt;/li&gt;&lt;li&gt;&lt;b&gt;/regular expression/&lt;/b&gt; — on the text&lt;/li&gt;&lt;li&gt;&lt;b&gt;OR&lt;/b&gt;, &lt;b&gt;NOT&lt;/b&gt; (or &lt;b&gt;-term&lt;/b&gt;), &lt;b&gt;AND&lt;/b&gt; and &lt;b&gt;( )&lt;/b&gt;&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Les termes juxtaposés doivent tous correspondre&#xa0;; le texte est comparé sans tenir compte de la casse, tel qu&apos;il est affiché (séquences d&apos;échappement et entités décodées).&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;mot&lt;/b&gt; ou &lt;b&gt;&quot;une expression&quot;&lt;/b&gt; — dans le texte, l&apos;auteur ou le nom&lt;/li&gt;&lt;li&gt;&lt;b&gt;$TSLA&lt;/b&gt; ou &lt;b&gt;symbol:TSLA&lt;/b&gt; — messages concernant le symbole&lt;/li&gt;&lt;li&gt;&lt;b&gt;@user&lt;/b&gt; ou &lt;b&gt;user:nom&lt;/b&gt; — messages de cet utilisateur&lt;/li&gt;&lt;li&gt;&lt;b&gt;sentiment:bullish&lt;/b&gt;, &lt;b&gt;bearish&lt;/b&gt; ou &lt;b&gt;none&lt;/b&gt;&#xa0;; &lt;b&gt;id:123&lt;/b&gt;&#xa0;; &lt;b&gt;kind:stocktwits&lt;/b&gt;, &lt;b&gt;gnip&lt;/b&gt;, &lt;b&gt;tweet&lt;/b&gt;, &lt;b&gt;activity&lt;/b&gt;, &lt;b&gt;json&lt;/b&gt;&lt;/li&gt;&lt;li&gt;&lt;b&gt;after:2024-03-11&lt;/b&gt;, &lt;b&gt;before:2024-03-11T14:30&lt;/b&gt; — heures en UTC&lt;/li&gt;&lt;li&gt;&lt;b&gt;/expression régulière/&lt;/b&gt; — sur le texte&lt;/li&gt;&lt;li&gt;&lt;b&gt;OR&lt;/b&gt;, &lt;b&gt;NOT&lt;/b&gt; (ou &lt;b&gt;-terme&lt;/b&gt;), &lt;b&gt;AND&lt;/b&gt; et &lt;b&gt;( )&lt;/b&gt;&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>NatsConnection</name>
    <message>
        <source>Cannot connect to the NATS server %1: %2</source>
        <translation>Impossible de se connecter au serveur NATS %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The NATS server %1 refused the user name or password (%2).</source>
        <translation>Le serveur NATS %1 a refusé le nom d’utilisateur ou le mot de passe (%2).</translation>
    </message>
    <message>
        <source>The NATS server %1 does not offer TLS: nothing was sent to it unencrypted.</source>
        <translation>Le serveur NATS %1 ne propose pas TLS : rien ne lui a été envoyé en clair.</translation>
    </message>
    <message>
        <source>The NATS server %1 could not be verified over TLS (%2).</source>
        <translation>Le serveur NATS %1 n’a pas pu être vérifié par TLS (%2).</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe pour %1</translation>
    </message>
    <message>
        <source>Enter the password of %1 for the account “%2”.</source>
        <translation>Saisissez le mot de passe de %1 pour le compte «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Remember in the secret store</source>
        <translation>Mémoriser dans le trousseau</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> messages</translation>
    </message>
    <message>
        <source>The live feed keeps this many recent messages; older ones leave.</source>
        <translation>Le fil en direct conserve ce nombre de messages récents&#xa0;; les plus anciens sont retirés.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Reconnect when nothing, not even a heartbeat, arrives for this long.</source>
        <translation>Se reconnecter lorsque rien, pas même un signal de vie, n&apos;arrive pendant cette durée.</translation>
    </message>
    <message>
        <source>How many backup files download at the same time.</source>
        <translation>Nombre de fichiers de sauvegarde téléchargés simultanément.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Live stream</source>
        <translation>Flux en direct</translation>
    </message>
    <message>
        <source>Keep in &amp;memory:</source>
        <translation>&amp;Conserver en mémoire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Stall timeout:</source>
        <translation>Délai d&apos;&amp;inactivité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Recordings folder:</source>
        <translation>Dossier des en&amp;registrements&#xa0;:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Parallel &amp;downloads:</source>
        <translation>&amp;Téléchargements simultanés&#xa0;:</translation>
    </message>
    <message>
        <source>Download &amp;folder:</source>
        <translation>&amp;Dossier de téléchargement&#xa0;:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Choisir un dossier</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language applies the next time Hydrant starts.</source>
        <translation>La nouvelle langue sera appliquée au prochain démarrage de Hydrant.</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>A stream line longer than this is dropped and counted in the status bar; the connection log says so the first time.</source>
        <translation>Une ligne du flux plus longue que cette valeur est ignorée et comptabilisée dans la barre d&apos;état&#xa0;; le journal de connexion le signale la première fois.</translation>
    </message>
    <message>
        <source>Lon&amp;gest line:</source>
        <translation>Longueur &amp;maximale de ligne&#xa0;:</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> Kio/s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source>The most all backup downloads together may take of the network; 0 for no limit.</source>
        <translation>Débit maximal que l&apos;ensemble des téléchargements de sauvegardes peut utiliser sur le réseau&#xa0;; 0 pour aucune limite.</translation>
    </message>
    <message>
        <source>S&amp;peed limit:</source>
        <translation>Limite de dé&amp;bit&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;open the files of the last session at start</source>
        <translation>R&amp;ouvrir au démarrage les fichiers de la dernière session</translation>
    </message>
    <message>
        <source>The Files page&apos;s tabs open again where they were left, unless Hydrant is started with files to open.</source>
        <translation>Les onglets de la page Fichiers se rouvrent là où ils avaient été laissés, sauf si Hydrant est lancé avec des fichiers à ouvrir.</translation>
    </message>
    <message>
        <source>Local time</source>
        <extracomment>Times shown in the computer&apos;s own time zone.</extracomment>
        <translation>Heure locale</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>The zone of every time the window shows: the tables, the detail, Go to Time and the statistics. Exports are always in UTC.</source>
        <translation>Le fuseau de toutes les heures affichées par la fenêtre&#xa0;: tableaux, détail, Aller à l’heure et statistiques. Les exports sont toujours en UTC.</translation>
    </message>
    <message>
        <source>&amp;Times shown in:</source>
        <translation>&amp;Heures affichées en&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>the system accepted only %1 of %2 bytes</source>
        <translation>le système n&apos;a accepté que %1 octets sur %2</translation>
    </message>
    <message>
        <source>Recording stopped: cannot create the recording folder %1.</source>
        <translation>Enregistrement arrêté&#xa0;: impossible de créer le dossier des enregistrements %1.</translation>
    </message>
    <message>
        <source>Recording stopped: cannot open %1: %2.</source>
        <translation>Enregistrement arrêté&#xa0;: impossible d&apos;ouvrir %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Recording stopped: the gzip compressor could not be started.</source>
        <translation>Enregistrement arrêté&#xa0;: le compresseur gzip n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Recording stopped: cannot read the end of %1 to append to it: %2.</source>
        <translation>Enregistrement arrêté&#xa0;: impossible de lire la fin de %1 pour y ajouter des données&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Recording stopped: %1 ends in an incomplete gzip member, and it cannot be set aside in %2: %3.</source>
        <translation>Enregistrement arrêté&#xa0;: %1 se termine par un membre gzip incomplet, qui ne peut pas être mis de côté dans %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Recording stopped: cannot cut the incomplete end off %1: %2.</source>
        <translation>Enregistrement arrêté&#xa0;: impossible de supprimer la fin incomplète de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Recording stopped: the gzip compressor failed.</source>
        <translation>Enregistrement arrêté&#xa0;: le compresseur gzip a échoué.</translation>
    </message>
    <message>
        <source>Recording stopped: cannot write %1: %2.</source>
        <translation>Enregistrement arrêté&#xa0;: impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 ended in an incomplete gzip member (%2 bytes, cut off by a crash or power loss): those bytes were moved to %3, and the recording continues after the last complete member.</source>
        <translation>%1 se terminait par un membre gzip incomplet (%2 octets, tronqué par un plantage ou une coupure de courant)&#xa0;: ces octets ont été déplacés dans %3, et l&apos;enregistrement se poursuit après le dernier membre complet.</translation>
    </message>
</context>
<context>
    <name>RelayCommand</name>
    <message>
        <source>Relay one stream account to a NATS JetStream stream for a whole team.</source>
        <translation>Relayer un compte de flux vers un flux NATS JetStream pour toute une équipe.</translation>
    </message>
    <message>
        <source>The NATS servers, comma-separated: nats://HOST:PORT or tls://HOST:PORT (with JetStream enabled).</source>
        <translation>Les serveurs NATS, séparés par des virgules&#xa0;: nats://HOST:PORT ou tls://HOST:PORT (avec JetStream activé).</translation>
    </message>
    <message>
        <source>URLS</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The JetStream stream&apos;s name (default HYDRANT); created when missing.</source>
        <translation>Le nom du flux JetStream (par défaut HYDRANT)&#xa0;; créé s&apos;il n&apos;existe pas.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The subject prefix: messages are published on PREFIX.messages (default hydrant).</source>
        <translation>Le préfixe de sujet&#xa0;: les messages sont publiés sur PRÉFIXE.messages (par défaut hydrant).</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PRÉFIXE</translation>
    </message>
    <message>
        <source>How long a stream created by the relay keeps messages: 90m, 12h, 7d (default 7d).</source>
        <translation>Durée pendant laquelle un flux créé par le relais conserve les messages&#xa0;: 90m, 12h, 7d (par défaut 7d).</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>The NATS user name; its password comes from the HYDRANT_NATS_PASSWORD environment variable.</source>
        <translation>Le nom d&apos;utilisateur NATS&#xa0;; son mot de passe provient de la variable d&apos;environnement HYDRANT_NATS_PASSWORD.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file for tls:// NATS servers (default: the system&apos;s).</source>
        <translation>Faire confiance aux certificats d&apos;AC de ce fichier PEM pour les serveurs NATS tls:// (par défaut&#xa0;: ceux du système).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Give up (exit code 3) when JetStream has not stored a message for S seconds (default 30).</source>
        <translation>Abandonner (code de sortie 3) lorsque JetStream n&apos;a stocké aucun message pendant S secondes (par défaut 30).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Stop after S seconds.</source>
        <translation>Arrêter après S secondes.</translation>
    </message>
    <message>
        <source>Reconnect when no byte arrives for S seconds (default 30).</source>
        <translation>Se reconnecter lorsqu&apos;aucun octet n&apos;arrive pendant S secondes (par défaut 30).</translation>
    </message>
    <message>
        <source>Seconds between status lines on standard error (default 5, 0 = none).</source>
        <translation>Secondes entre les lignes d&apos;état sur la sortie d&apos;erreur standard (par défaut 5, 0 = aucune).</translation>
    </message>
    <message>
        <source>At the end, print a JSON summary object to standard output.</source>
        <translation>À la fin, afficher un objet JSON récapitulatif sur la sortie standard.</translation>
    </message>
    <message>
        <source>Drop stream lines longer than N bytes, counting them (default: the Preferences setting, %1).</source>
        <translation>Ignorer les lignes du flux de plus de N octets, en les comptant (par défaut&#xa0;: le paramètre des Préférences, %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file for the stream (as %1 does).</source>
        <translation>Faire aussi confiance aux certificats d&apos;AC de ce fichier PEM pour le flux (comme le fait %1).</translation>
    </message>
    <message>
        <source>Give the NATS servers with --nats nats://HOST:PORT[,...].</source>
        <translation>Indiquez les serveurs NATS avec --nats nats://HOST:PORT[,...].</translation>
    </message>
    <message>
        <source>--max-age takes a span such as 90m, 12h or 7d.</source>
        <translation>--max-age attend une durée telle que 90m, 12h ou 7d.</translation>
    </message>
    <message numerus="yes">
        <source>Created the JetStream stream %1 (%n replica(s)) on %2.</source>
        <translation>
            <numerusform>Flux JetStream %1 créé (%n réplique) sur %2.</numerusform>
            <numerusform>Flux JetStream %1 créé (%n répliques) sur %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relaying to the JetStream stream %1 (%n replica(s)) on %2.</source>
        <translation>
            <numerusform>Relais vers le flux JetStream %1 (%n réplique) sur %2.</numerusform>
            <numerusform>Relais vers le flux JetStream %1 (%n répliques) sur %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It holds %n message(s).</source>
        <translation>
            <numerusform>Il contient %n message.</numerusform>
            <numerusform>Il contient %n messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stream URL asks for no backfill (backfillMinutes=N or client=1): what the provider sent while no relay ran is not fetched again.</source>
        <translation>L&apos;URL du flux ne demande aucun rattrapage (backfillMinutes=N ou client=1)&#xa0;: ce que le fournisseur a envoyé pendant qu&apos;aucun relais ne fonctionnait n&apos;est pas récupéré de nouveau.</translation>
    </message>
    <message>
        <source>%1 stored in %2</source>
        <translation>%1 stockés dans %2</translation>
    </message>
    <message>
        <source>%1 already stored</source>
        <translation>%1 déjà stockés</translation>
    </message>
    <message>
        <source>NATS: reconnecting</source>
        <translation>NATS&#xa0;: reconnexion</translation>
    </message>
    <message>
        <source>NATS: %1</source>
        <translation>NATS&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 messages arrived faster than JetStream stored them and were dropped.</source>
        <translation>%1 messages sont arrivés plus vite que JetStream ne pouvait les stocker et ont été abandonnés.</translation>
    </message>
    <message>
        <source>hydrant-cli relay: hold the one connection an account allows and publish every message to a NATS JetStream stream, from which each member of a team reads it live or from any point it keeps (&apos;hydrant-cli stream --service nats&apos;).

Each message is stored once: its id is its Nats-Msg-Id, so what a restarted relay or a provider&apos;s backfill sends again within the stream&apos;s duplicate window (5 minutes) is dropped by JetStream. The resume cursor (Firestream seq_id, the firehose&apos;s sequence) travels with each stored message, so a relay started again - on any machine - continues after the last message the stream holds.

The stream&apos;s password comes from --password-stdin, else the HYDRANT_PASSWORD environment variable, else the OS secret store for --profile; never from the command line.

Exit codes: 0 normal end (duration or Ctrl+C), 1 usage error, 2 authentication failed (HTTP 401, or NATS refused the user name or password), 3 other fatal error (NATS unreachable, JetStream refused the messages, 406, TLS, refused URL).</source>
        <translation>hydrant-cli relay&#xa0;: maintenir l&apos;unique connexion qu&apos;autorise un compte et publier chaque message dans un flux NATS JetStream, dans lequel chaque membre d&apos;une équipe le lit en direct ou à partir de n&apos;importe quel point que le flux conserve («&#xa0;hydrant-cli stream --service nats&#xa0;»).

Chaque message n&apos;est stocké qu&apos;une seule fois&#xa0;: son identifiant est son Nats-Msg-Id, de sorte que ce qu&apos;un relais redémarré ou le rattrapage d&apos;un fournisseur renvoie dans la fenêtre de déduplication du flux (5 minutes) est ignoré par JetStream. Le curseur de reprise (seq_id de Firestream, la séquence du firehose) accompagne chaque message stocké, de sorte qu&apos;un relais relancé – sur n&apos;importe quelle machine – reprend après le dernier message que contient le flux.

Le mot de passe du flux provient de --password-stdin, sinon de la variable d&apos;environnement HYDRANT_PASSWORD, sinon du trousseau du système pour --profile&#xa0;; jamais de la ligne de commande.

Codes de sortie&#xa0;: 0 fin normale (durée ou Ctrl+C), 1 erreur d&apos;utilisation, 2 échec de l&apos;authentification (HTTP 401, ou NATS a refusé le nom d&apos;utilisateur ou le mot de passe), 3 autre erreur fatale (NATS injoignable, messages refusés par JetStream, 406, TLS, URL refusée).</translation>
    </message>
</context>
<context>
    <name>RelaySettings</name>
    <message>
        <source>No NATS server is given.</source>
        <translation>Aucun serveur NATS n&apos;est indiqué.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a JetStream stream name (letters, digits, &apos;-&apos; and &apos;_&apos;).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de flux JetStream valide (lettres, chiffres, «&#xa0;-&#xa0;» et «&#xa0;_&#xa0;»).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a subject prefix (words of letters, digits, &apos;-&apos; and &apos;_&apos; separated by dots).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un préfixe de sujet valide (mots composés de lettres, chiffres, «&#xa0;-&#xa0;» et «&#xa0;_&#xa0;», séparés par des points).</translation>
    </message>
    <message>
        <source>The stream must keep messages at least as long as its duplicate window (5 minutes).</source>
        <translation>Le flux doit conserver les messages au moins aussi longtemps que sa fenêtre de déduplication (5 minutes).</translation>
    </message>
    <message>
        <source>%1 is not encrypted: the NATS password is only sent over tls:// (or to this computer).</source>
        <translation>%1 n&apos;est pas chiffré&#xa0;: le mot de passe NATS n&apos;est envoyé que via tls:// (ou à cet ordinateur).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a NATS server URL (nats://HOST:PORT or tls://HOST:PORT, without a user name or password).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL de serveur NATS (nats://HOST:PORT ou tls://HOST:PORT, sans nom d&apos;utilisateur ni mot de passe).</translation>
    </message>
</context>
<context>
    <name>RelayStartDialog</name>
    <message>
        <source>Connect to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>Where should the feed start?</source>
        <translation>Où le fil doit-il commencer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Live only (from now)</source>
        <translation>En &amp;direct seulement (à partir de maintenant)</translation>
    </message>
    <message>
        <source>The last &amp;N minutes:</source>
        <translation>Les &amp;N dernières minutes&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Since a time:</source>
        <translation>Depuis une &amp;heure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Everything the stream keeps</source>
        <translation>&amp;Tout ce que le flux conserve</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>RelayStreamCommand</name>
    <message>
        <source>Read a team relay&apos;s stream from NATS JetStream.</source>
        <translation>Lire le flux d&apos;un relais d&apos;équipe depuis NATS JetStream.</translation>
    </message>
    <message>
        <source>nats: read a team relay&apos;s stream.</source>
        <translation>nats&#xa0;: lire le flux d&apos;un relais d&apos;équipe.</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <source>The NATS servers, comma-separated: nats://HOST:PORT or tls://HOST:PORT.</source>
        <translation>Les serveurs NATS, séparés par des virgules&#xa0;: nats://HOST:PORT ou tls://HOST:PORT.</translation>
    </message>
    <message>
        <source>URLS</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The JetStream stream&apos;s name (default HYDRANT).</source>
        <translation>Le nom du flux JetStream (par défaut HYDRANT).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The relay&apos;s subject prefix (default hydrant).</source>
        <translation>Le préfixe de sujet du relais (par défaut hydrant).</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PRÉFIXE</translation>
    </message>
    <message>
        <source>Where to start: new (default: what arrives from now on), all (everything the stream keeps), a span back from now (30m, 1h, 2d) or a time (2024-03-11T09:00Z).</source>
        <translation>Point de départ&#xa0;: new (par défaut&#xa0;: ce qui arrive à partir de maintenant), all (tout ce que conserve le flux), une durée en remontant depuis maintenant (30m, 1h, 2d) ou une heure (2024-03-11T09:00Z).</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>DÉBUT</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file for tls:// servers (default: the system&apos;s).</source>
        <translation>Faire confiance aux certificats d&apos;AC de ce fichier PEM pour les serveurs tls:// (par défaut&#xa0;: ceux du système).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Stop after S seconds.</source>
        <translation>Arrêter après S secondes.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Stop after N messages.</source>
        <translation>Arrêter après N messages.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Write each message&apos;s JSON line to standard output.</source>
        <translation>Écrire la ligne JSON de chaque message sur la sortie standard.</translation>
    </message>
    <message>
        <source>At the end, print a JSON summary object to standard output.</source>
        <translation>À la fin, afficher un objet JSON récapitulatif sur la sortie standard.</translation>
    </message>
    <message>
        <source>Seconds between status lines on standard error (default 5, 0 = none).</source>
        <translation>Secondes entre les lignes d&apos;état sur la sortie d&apos;erreur standard (par défaut 5, 0 = aucune).</translation>
    </message>
    <message>
        <source>Give the NATS servers with --url nats://HOST:PORT[,...].</source>
        <translation>Indiquez les serveurs NATS avec --url nats://HOST:PORT[,...].</translation>
    </message>
    <message>
        <source>%1 messages · %2/s · sequence %3 · %4</source>
        <translation>%1 messages · %2/s · séquence %3 · %4</translation>
    </message>
    <message>
        <source>NATS: reconnecting</source>
        <translation>NATS&#xa0;: reconnexion</translation>
    </message>
    <message>
        <source>NATS: %1</source>
        <translation>NATS&#xa0;: %1</translation>
    </message>
    <message>
        <source>hydrant-cli stream --service nats: read the stream a team relay (&apos;hydrant-cli relay&apos;) keeps in NATS JetStream, in order, each message once. When a server of the cluster goes away, reading continues on another one after the last message received.

Exit codes: 0 normal end (duration, message count or Ctrl+C), 1 usage error, 2 authentication failed (NATS refused the user name or password), 3 other fatal error (NATS unreachable, TLS, no such stream).</source>
        <translation>hydrant-cli stream --service nats&#xa0;: lire le flux qu&apos;un relais d&apos;équipe («&#xa0;hydrant-cli relay&#xa0;») conserve dans NATS JetStream, dans l&apos;ordre, chaque message une seule fois. Lorsqu&apos;un serveur du cluster disparaît, la lecture se poursuit sur un autre après le dernier message reçu.

Codes de sortie&#xa0;: 0 fin normale (durée, nombre de messages ou Ctrl+C), 1 erreur d&apos;utilisation, 2 échec de l&apos;authentification (NATS a refusé le nom d&apos;utilisateur ou le mot de passe), 3 autre erreur fatale (NATS injoignable, TLS, flux inexistant).</translation>
    </message>
</context>
<context>
    <name>ResumeState</name>
    <message>
        <source>Cannot read the state file %1: %2</source>
        <translation>Impossible de lire le fichier d&apos;état %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a stream state file of Hydrant.</source>
        <translation>%1 n&apos;est pas un fichier d&apos;état de flux de Hydrant.</translation>
    </message>
    <message>
        <source>Cannot write the state file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier d&apos;état %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The saved position (item %1, saved %2) is older than the service keeps (%3 hours): the items since then cannot be fetched; continuing from the live position.</source>
        <translation>La position enregistrée (élément %1, enregistrée le %2) est plus ancienne que la durée de conservation du service (%3 heures)&#xa0;: les éléments depuis cette date ne peuvent pas être récupérés&#xa0;; reprise à la position en direct.</translation>
    </message>
</context>
<context>
    <name>Screenshotter</name>
    <message>
        <source>Could not write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No secret store is available (%1), so the password is kept in memory for this run only and must be entered again next time. To save it, run a Secret Service such as GNOME Keyring or KWallet in your session.</source>
        <translation>Aucun trousseau n&apos;est disponible (%1)&#xa0;: le mot de passe est donc conservé en mémoire pour cette session uniquement et devra être saisi de nouveau la prochaine fois. Pour l&apos;enregistrer, exécutez un service Secret Service, tel que GNOME Keyring ou KWallet, dans votre session.</translation>
    </message>
    <message>
        <source>The secret store did not give access (%1), so the password is kept in memory for this run only. If you dismissed its prompt or the keyring is locked, unlock it and save the password again.</source>
        <translation>Le trousseau n’a pas donné accès (%1)&#xa0;: le mot de passe est gardé en mémoire pour cette exécution seulement. Si vous avez fermé sa demande ou si le trousseau est verrouillé, déverrouillez-le et enregistrez de nouveau le mot de passe.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Search by action, key or page</source>
        <translation>Rechercher par action, touche ou page</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>A file&apos;s shortcuts are listed while a file is open in the Files page.</source>
        <translation>Les raccourcis d&apos;un fichier sont listés lorsqu&apos;un fichier est ouvert dans la page Fichiers.</translation>
    </message>
</context>
<context>
    <name>SimCertificates</name>
    <message>
        <source>The openssl command is needed to create test certificates: %1</source>
        <translation>La commande openssl est nécessaire pour créer les certificats de test&#xa0;: %1</translation>
    </message>
    <message>
        <source>openssl %1 failed: %2</source>
        <translation>openssl %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The CA certificate could not be read.</source>
        <translation>Le certificat de l&apos;AC n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Could not read the certificate “%1” or the key “%2”.</source>
        <translation>Impossible de lire le certificat «&#xa0;%1&#xa0;» ou la clé «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SimCommand</name>
    <message>
        <source>Run the endpoint simulator for both services.</source>
        <translation>Exécuter le simulateur de points de terminaison pour les deux services.</translation>
    </message>
    <message>
        <source>Serve HTTPS with a certificate made for this run by openssl (its CA file is printed).</source>
        <translation>Servir en HTTPS avec un certificat créé par openssl pour cette exécution (son fichier d&apos;AC est affiché).</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate.</source>
        <translation>Servir en HTTPS avec ce certificat PEM.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The PEM private key of --tls-cert.</source>
        <translation>La clé privée PEM de --tls-cert.</translation>
    </message>
    <message>
        <source>Messages per second, or &apos;max&apos; for as fast as the client reads (default 20; 0: heartbeats only).</source>
        <translation>Messages par seconde, ou «&#xa0;max&#xa0;» pour aller aussi vite que le client lit (par défaut 20&#xa0;; 0&#xa0;: signaux de vie uniquement).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seconds between heartbeats (default 10).</source>
        <translation>Secondes entre les signaux de vie (par défaut 10).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Inject a fault; repeatable. Syntax: %1.</source>
        <translation>Injecter une défaillance&#xa0;; option répétable. Syntaxe&#xa0;: %1.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>spéc</translation>
    </message>
    <message>
        <source>Port of the stream and backups listener; the storage origin takes the next one (default: free ports).</source>
        <translation>Port de l&apos;écouteur du flux et des sauvegardes&#xa0;; l&apos;origine de stockage utilise le suivant (par défaut&#xa0;: ports libres).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Print one JSON object (stream_url, backups_url, storage_url, user, password, ca_file) as the first line.</source>
        <translation>Afficher un objet JSON (stream_url, backups_url, storage_url, user, password, ca_file) en première ligne.</translation>
    </message>
    <message>
        <source>Seed of all synthetic content (default 1).</source>
        <translation>Graine de tout le contenu synthétique (par défaut 1).</translation>
    </message>
    <message>
        <source>Pad stream messages to about this many bytes (default: natural size).</source>
        <translation>Compléter les messages du flux jusqu&apos;à environ ce nombre d&apos;octets (par défaut&#xa0;: taille naturelle).</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <source>Message shape: stocktwits, wrapped, activitystreams, twitter or mixed.</source>
        <translation>Forme des messages&#xa0;: stocktwits, wrapped, activitystreams, twitter ou mixed.</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>forme</translation>
    </message>
    <message>
        <source>Compressed size of each day&apos;s backup file, with k, M or G (default 2M).</source>
        <translation>Taille compressée du fichier de sauvegarde de chaque jour, avec k, M ou G (par défaut 2M).</translation>
    </message>
    <message>
        <source>How the stream is gzipped: deflate (zlib per connection, the default) or precompressed (cheapest for the simulator, ratio 1.3:1).</source>
        <translation>Mode de compression gzip du flux&#xa0;: deflate (zlib par connexion, par défaut) ou precompressed (le moins coûteux pour le simulateur, taux de 1,3:1).</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>Write backup files as several gzip members.</source>
        <translation>Écrire les fichiers de sauvegarde sous forme de plusieurs membres gzip.</translation>
    </message>
    <message>
        <source>The account&apos;s user name (default demo@example.com).</source>
        <translation>Le nom d&apos;utilisateur du compte (par défaut demo@example.com).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>hydrant-cli sim: run the local simulator of the stream and backup services until interrupted.
The password is random for each run unless HYDRANT_SIM_PASSWORD is set.</source>
        <translation>hydrant-cli sim&#xa0;: exécuter le simulateur local des services de flux et de sauvegarde jusqu&apos;à interruption.
Le mot de passe est aléatoire à chaque exécution, sauf si HYDRANT_SIM_PASSWORD est défini.</translation>
    </message>
    <message>
        <source>--shape takes stocktwits, wrapped, activitystreams, twitter or mixed.</source>
        <translation>--shape attend stocktwits, wrapped, activitystreams, twitter ou mixed.</translation>
    </message>
    <message>
        <source>--file-size takes a size such as 512k, 20M or 2G.</source>
        <translation>--file-size attend une taille telle que 512k, 20M ou 2G.</translation>
    </message>
    <message>
        <source>--stream-encoding takes auto, deflate or precompressed.</source>
        <translation>--stream-encoding attend auto, deflate ou precompressed.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert et --tls-key doivent être utilisées ensemble.</translation>
    </message>
    <message>
        <source>The simulator could not start: %1</source>
        <translation>Le simulateur n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stream URL:       %1</source>
        <translation>URL du flux&#xa0;:                 %1</translation>
    </message>
    <message>
        <source>Backups base URL: %1  (e.g. %2)</source>
        <translation>URL de base des sauvegardes&#xa0;: %1  (p. ex. %2)</translation>
    </message>
    <message>
        <source>User:             %1</source>
        <translation>Utilisateur&#xa0;:                 %1</translation>
    </message>
    <message>
        <source>Password:         %1</source>
        <translation>Mot de passe&#xa0;:                %1</translation>
    </message>
    <message>
        <source>CA certificate:   %1</source>
        <translation>Certificat de l&apos;AC&#xa0;:          %1</translation>
    </message>
    <message>
        <source>Serving until interrupted (Ctrl+C).</source>
        <translation>En service jusqu&apos;à interruption (Ctrl+C).</translation>
    </message>
    <message>
        <source>Stopped after %1 s: %2 messages sent (%3 per second) on %4 stream connections, %5 requests answered.</source>
        <translation>Arrêté après %1 s&#xa0;: %2 messages envoyés (%3 par seconde) sur %4 connexions de flux, %5 requêtes traitées.</translation>
    </message>
    <message>
        <source>--rate takes a number of messages per second up to 10000000, or &apos;max&apos;.</source>
        <translation>--rate attend un nombre de messages par seconde jusqu&apos;à 10000000, ou «&#xa0;max&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SimFault</name>
    <message>
        <source>Unknown service “%1” in fault “%2”: use stream, backups or storage.</source>
        <translation>Service «&#xa0;%1&#xa0;» inconnu dans la défaillance «&#xa0;%2&#xa0;»&#xa0;: utilisez stream, backups ou storage.</translation>
    </message>
    <message>
        <source>Unknown fault “%1”.</source>
        <translation>Défaillance «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <source>“%1” is not an amount (a whole number, optionally with k, M or G).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une quantité (un nombre entier, éventuellement suivi de k, M ou G).</translation>
    </message>
    <message>
        <source>“%1” is not understood in fault “%2”: use times=N.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas compris dans la défaillance «&#xa0;%2&#xa0;»&#xa0;: utilisez times=N.</translation>
    </message>
    <message>
        <source>[stream:|backups:|storage:]KIND[=AMOUNT][,times=N] with KIND one of %1</source>
        <translation>[stream:|backups:|storage:]TYPE[=QUANTITÉ][,times=N], TYPE étant l&apos;un des suivants&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>StreamCommand</name>
    <message>
        <source>%1 messages</source>
        <translation>%1 messages</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 reconnects</source>
        <translation>%1 reconnexions</translation>
    </message>
    <message>
        <source>%1 duplicates dropped</source>
        <translation>%1 doublons ignorés</translation>
    </message>
    <message>
        <source>%1 malformed</source>
        <translation>%1 mal formés</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 reçus</translation>
    </message>
    <message>
        <source>Connect to a realtime stream, print or record it.</source>
        <translation>Se connecter à un flux en temps réel, l&apos;afficher ou l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>The stream URL.</source>
        <translation>L&apos;URL du flux.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The user name (e-mail address).</source>
        <translation>Le nom d&apos;utilisateur (adresse e-mail).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>Use a saved stream account (see &apos;hydrant-cli account&apos;); --url and --user override it.</source>
        <translation>Utiliser un compte de flux enregistré (voir «&#xa0;hydrant-cli account&#xa0;»)&#xa0;; --url et --user priment sur ses valeurs.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Lire le mot de passe sur la première ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Record the messages to DIR/{label}_{yyyy}_{mm}_{dd}.jsonl.gz.</source>
        <translation>Enregistrer les messages dans DOSSIER/{label}_{yyyy}_{mm}_{dd}.jsonl.gz.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Stop after S seconds.</source>
        <translation>Arrêter après S secondes.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Stop after N messages.</source>
        <translation>Arrêter après N messages.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Reconnect when no byte arrives for S seconds (default 30).</source>
        <translation>Se reconnecter lorsqu&apos;aucun octet n&apos;arrive pendant S secondes (par défaut 30).</translation>
    </message>
    <message>
        <source>Write each message&apos;s JSON line to standard output.</source>
        <translation>Écrire la ligne JSON de chaque message sur la sortie standard.</translation>
    </message>
    <message>
        <source>At the end, print a JSON summary object to standard output.</source>
        <translation>À la fin, afficher un objet JSON récapitulatif sur la sortie standard.</translation>
    </message>
    <message>
        <source>Seconds between status lines on standard error (default 5, 0 = none).</source>
        <translation>Secondes entre les lignes d&apos;état sur la sortie d&apos;erreur standard (par défaut 5, 0 = aucune).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (as %1 does).</source>
        <translation>Faire aussi confiance aux certificats d&apos;AC de ce fichier PEM (comme le fait %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>hydrant-cli stream: connect to a realtime stream with Hydrant&apos;s stream client (gzip, reconnects with backoff, duplicate dropping), print or record it.

The password comes from --password-stdin, else the HYDRANT_PASSWORD environment variable, else the OS secret store for --profile. It is never taken from the command line.

Exit codes: 0 normal end (duration, message count or Ctrl+C), 1 usage error, 2 authentication failed (HTTP 401), 3 other fatal error (406, TLS, refused URL, recording failed).</source>
        <translation>hydrant-cli stream&#xa0;: se connecter à un flux en temps réel avec le client de flux de Hydrant (gzip, reconnexions avec délai progressif, élimination des doublons), l&apos;afficher ou l&apos;enregistrer.

Le mot de passe provient de --password-stdin, sinon de la variable d&apos;environnement HYDRANT_PASSWORD, sinon du trousseau du système pour --profile. Il n&apos;est jamais lu depuis la ligne de commande.

Codes de sortie&#xa0;: 0 fin normale (durée, nombre de messages ou Ctrl+C), 1 erreur d&apos;utilisation, 2 échec de l&apos;authentification (HTTP 401), 3 autre erreur fatale (406, TLS, URL refusée, échec de l&apos;enregistrement).</translation>
    </message>
    <message>
        <source>There is no stream account named &apos;%1&apos; (see &apos;hydrant-cli account list&apos;).</source>
        <translation>Il n&apos;existe aucun compte de flux nommé «&#xa0;%1&#xa0;» (voir «&#xa0;hydrant-cli account list&#xa0;»).</translation>
    </message>
    <message>
        <source>Give --url and --user, or --profile NAME.</source>
        <translation>Indiquez --url et --user, ou --profile NOM.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 too long, dropped</source>
        <translation>%1 lignes trop longues ignorées</translation>
    </message>
    <message>
        <source>Drop stream lines longer than N bytes, counting them (default: the Preferences setting, %1).</source>
        <translation>Ignorer les lignes du flux de plus de N octets, en les comptant (par défaut&#xa0;: le paramètre des Préférences, %1).</translation>
    </message>
    <message>
        <source>The stream&apos;s protocol: gnip (default; \r\n lines), firestream (StockTwits Firestream, server-sent events, resumes with seq_id) or stocktwits-firehose (the older StockTwits firehose, resumes with last_sequence_id or last_message_id).</source>
        <translation>Le protocole du flux&#xa0;: gnip (par défaut&#xa0;; lignes \r\n), firestream (StockTwits Firestream, server-sent events, reprise avec seq_id) ou stocktwits-firehose (l&apos;ancien firehose StockTwits, reprise avec last_sequence_id ou last_message_id).</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <source>Keep the resume position in FILE: saved after each item is recorded or printed; a run started again within the service&apos;s replay window (Firestream: 24 hours) continues after the last item saved. A gap that cannot be fetched is reported.</source>
        <translation>Conserver la position de reprise dans FICHIER&#xa0;: mise à jour après l&apos;enregistrement ou l&apos;affichage de chaque élément&#xa0;; une exécution relancée dans la fenêtre de relecture du service (Firestream&#xa0;: 24 heures) reprend après le dernier élément mémorisé. Une lacune qui ne peut pas être récupérée est signalée.</translation>
    </message>
    <message>
        <source>--service must be one of: %1.</source>
        <translation>--service doit prendre l&apos;une des valeurs suivantes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 has no resume position: --state keeps nothing (the stream&apos;s own backfill and duplicate dropping apply).</source>
        <translation>%1 n&apos;a pas de position de reprise&#xa0;: --state ne conserve rien (le rattrapage et l&apos;élimination des doublons propres au flux s&apos;appliquent).</translation>
    </message>
    <message>
        <source>The state file %1 belongs to another stream (%2, %3): give another --state file.</source>
        <translation>Le fichier d&apos;état %1 appartient à un autre flux (%2, %3)&#xa0;: indiquez un autre fichier --state.</translation>
    </message>
    <message>
        <source>This Hydrant was built without NATS: it cannot read a team relay.</source>
        <translation>Cette version de Hydrant a été compilée sans NATS&#xa0;: elle ne peut pas lire un relais d&apos;équipe.</translation>
    </message>
    <message>
        <source>A team relay&apos;s stream in NATS JetStream is read with --service nats (see &apos;hydrant-cli stream --service nats --help&apos;).</source>
        <translation>Le flux d&apos;un relais d&apos;équipe dans NATS JetStream se lit avec --service nats (voir «&#xa0;hydrant-cli stream --service nats --help&#xa0;»).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a team relay account: read it with --service nats --url %2 --stream %3.</source>
        <translation>&apos;%1&apos; est un compte de relais d’équipe&#xa0;: lisez-le avec --service nats --url %2 --stream %3.</translation>
    </message>
</context>
<context>
    <name>StreamProfile</name>
    <message>
        <source>The account needs a name.</source>
        <translation>Le compte doit avoir un nom.</translation>
    </message>
    <message>
        <source>The stream URL still contains %1: fill in that field or paste the URL from the dashboard.</source>
        <translation>L&apos;URL du flux contient encore %1&#xa0;: renseignez ce champ ou collez l&apos;URL depuis le tableau de bord.</translation>
    </message>
    <message>
        <source>Enter the user name (the e-mail address you sign in with).</source>
        <translation>Saisissez le nom d&apos;utilisateur (l&apos;adresse e-mail avec laquelle vous vous connectez).</translation>
    </message>
    <message>
        <source>Backfill covers at most 5 minutes.</source>
        <translation>Backfill couvre 5 minutes au maximum.</translation>
    </message>
</context>
<context>
    <name>StreamServiceKind</name>
    <message>
        <source>Gnip firehose</source>
        <translation>Firehose Gnip</translation>
    </message>
    <message>
        <source>StockTwits Firestream</source>
        <translation>StockTwits Firestream</translation>
    </message>
    <message>
        <source>StockTwits firehose (older)</source>
        <translation>Firehose StockTwits (ancien)</translation>
    </message>
    <message>
        <source>Team relay (NATS)</source>
        <translation>Relais d’équipe (NATS)</translation>
    </message>
</context>
<context>
    <name>TableFollower</name>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Keep the newest lines in view while the file grows; scrolling up stops following</source>
        <translation>Garder les lignes les plus récentes en vue pendant que le fichier grandit&#xa0;; remonter arrête le suivi</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Impossible de lire le fichier d&apos;AC %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>Le fichier %1 ne contient aucun certificat PEM.</translation>
    </message>
</context>
<context>
    <name>VersionInfo</name>
    <message>
        <source>built in (zip, tar, 7z, xz, bzip2, zstd)</source>
        <translation>intégré (zip, tar, 7z, xz, bzip2, zstd)</translation>
    </message>
    <message>
        <source>not built in (gzip and plain JSON lines only)</source>
        <translation>non intégré (gzip et JSON lines simples uniquement)</translation>
    </message>
    <message>
        <source>Hydrant %1
Qt %2 (built with %3)
KArchive: %4</source>
        <translation>Hydrant %1
Qt %2 (compilé avec %3)
KArchive&#xa0;: %4</translation>
    </message>
    <message>
        <source>ISA-L: not built in (zlib inflates gzip files)</source>
        <translation>ISA-L&#xa0;: non intégré (zlib décompresse les fichiers gzip)</translation>
    </message>
    <message>
        <source>NATS: not built in (no team relay)</source>
        <translation>NATS&#xa0;: non intégré (pas de relais d&apos;équipe)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: hydrant-cli COMMAND [options]

The headless side of Hydrant: stream, download, inspect archives, manage accounts and run the simulator.

Commands:
</source>
        <translation>Utilisation&#xa0;: hydrant-cli COMMANDE [options]

Le volet sans interface graphique de Hydrant&#xa0;: diffuser un flux, télécharger, inspecter des archives, gérer les comptes et exécuter le simulateur.

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>
Run &apos;hydrant-cli COMMAND --help&apos; for the options of a command.
Exit codes: 0 success, 1 usage error, 2 authentication failed, 3 other failure.
Passwords are read from --password-stdin or the HYDRANT_PASSWORD environment variable, or from the OS secret store for a saved account; never from the command line.</source>
        <translation>
Exécutez «&#xa0;hydrant-cli COMMANDE --help&#xa0;» pour connaître les options d&apos;une commande.
Codes de sortie&#xa0;: 0 succès, 1 erreur d&apos;utilisation, 2 échec de l&apos;authentification, 3 autre échec.
Les mots de passe sont lus depuis --password-stdin ou la variable d&apos;environnement HYDRANT_PASSWORD, ou depuis le trousseau du système pour un compte enregistré&#xa0;; jamais depuis la ligne de commande.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Commande «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <source>Hydrant: watch realtime social-data streams, download their daily backups and explore the archives.</source>
        <translation>Hydrant&#xa0;: suivez des flux de données sociales en temps réel, téléchargez leurs sauvegardes quotidiennes et explorez les archives.</translation>
    </message>
    <message>
        <source>Show version information.</source>
        <translation>Afficher les informations de version.</translation>
    </message>
    <message>
        <source>Run against the built-in simulator with demo credentials.</source>
        <translation>Exécuter avec le simulateur intégré et des identifiants de démonstration.</translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit.</source>
        <translation>Rendre la fenêtre dans un fichier PNG et quitter.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Page to show: live, backups or files.</source>
        <translation>Page à afficher&#xa0;: live, backups ou files.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>Seconds to wait before the screenshot (default 1.5).</source>
        <translation>Secondes d&apos;attente avant la capture d&apos;écran (par défaut 1,5).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Unknown page &apos;%1&apos;: use live, backups or files.</source>
        <translation>Page «&#xa0;%1&#xa0;» inconnue&#xa0;: utilisez live, backups ou files.</translation>
    </message>
    <message>
        <source>--after needs a number of seconds.</source>
        <translation>--after attend un nombre de secondes.</translation>
    </message>
    <message>
        <source>This Hydrant was built without NATS: it has no team relay.</source>
        <translation>Cette version de Hydrant a été compilée sans NATS&#xa0;: elle n&apos;a pas de relais d&apos;équipe.</translation>
    </message>
    <message>
        <source>Archives to open in the Files page; several files or a folder open as one dataset.</source>
        <translation>Archives à ouvrir dans la page Fichiers&#xa0;; plusieurs fichiers ou un dossier s&apos;ouvrent comme un seul jeu de données.</translation>
    </message>
</context>
</TS>
