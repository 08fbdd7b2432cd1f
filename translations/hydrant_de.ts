<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Hydrant</source>
        <translation>Über Hydrant</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Hydrant %1&lt;/h2&gt;&lt;p&gt;Watch realtime social-data streams, download their daily backups and explore the archives.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Hydrant %1&lt;/h2&gt;&lt;p&gt;Echtzeit-Streams sozialer Daten verfolgen, ihre täglichen Backups herunterladen und die Archive auswerten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Hydrant is free software, released under the MIT licence.&lt;/p&gt;&lt;p&gt;It is built on these libraries:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hydrant ist freie Software, veröffentlicht unter der MIT-Lizenz.&lt;/p&gt;&lt;p&gt;Es baut auf diesen Bibliotheken auf:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Qt %1&lt;/b&gt; — LGPL 3.0 (Qt Charts: GPL 3.0)&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Qt %1&lt;/b&gt; — LGPL 3.0 (Qt Charts: GPL 3.0)&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;zlib&lt;/b&gt; — zlib licence&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;zlib&lt;/b&gt; — zlib-Lizenz&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;simdjson&lt;/b&gt; — Apache 2.0 or MIT&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;simdjson&lt;/b&gt; — Apache 2.0 oder MIT&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;QtKeychain&lt;/b&gt; — BSD 3-Clause&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;QtKeychain&lt;/b&gt; — BSD 3-Clause&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;KArchive&lt;/b&gt; (KDE Frameworks 6) — LGPL 2.0 or later&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;KArchive&lt;/b&gt; (KDE Frameworks 6) — LGPL 2.0 oder höher&lt;/li&gt;</translation>
    </message>
</context>
<context>
    <name>AccountCommand</name>
    <message>
        <source>Manage accounts: add, list, remove, test.</source>
        <translation>Konten verwalten: add, list, remove, test.</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>DIENST</translation>
    </message>
    <message>
        <source>add: the stream URL (may contain {ACCOUNT_NAME}, {DATA_SOURCE}, {STREAM_LABEL}) or the backups base URL.</source>
        <translation>add: die Stream-URL (darf {ACCOUNT_NAME}, {DATA_SOURCE}, {STREAM_LABEL} enthalten) oder die Basis-URL der Backups.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>add: the user name (an e-mail address).</source>
        <translation>add: der Benutzername (eine E-Mail-Adresse).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>add: fills {ACCOUNT_NAME}.</source>
        <translation>add: füllt {ACCOUNT_NAME}.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>add: fills {DATA_SOURCE}.</source>
        <translation>add: füllt {DATA_SOURCE}.</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>add: fills {STREAM_LABEL}.</source>
        <translation>add: füllt {STREAM_LABEL}.</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>BEZEICHNUNG</translation>
    </message>
    <message>
        <source>add: client=N for Backfill streams.</source>
        <translation>add: client=N für Backfill-Streams.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>add: backfillMinutes=N (1–5).</source>
        <translation>add: backfillMinutes=N (1–5).</translation>
    </message>
    <message>
        <source>add: partition=N.</source>
        <translation>add: partition=N.</translation>
    </message>
    <message>
        <source>TYPES</source>
        <translation>TYPEN</translation>
    </message>
    <message>
        <source>add: read the password from the first line of standard input.</source>
        <translation>add: das Passwort aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>add: make it the account the application uses for the service.</source>
        <translation>add: dieses Konto in der Anwendung für den Dienst verwenden.</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: JSON ausgeben.</translation>
    </message>
    <message>
        <source>add, list, remove or test.</source>
        <translation>add, list, remove oder test.</translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>Der Name des Kontos.</translation>
    </message>
    <message>
        <source>hydrant-cli account: manage the stream and backup accounts the application uses.

  add NAME --url URL --user USER [--password-stdin]   save or update an account
  list [--json]                                       show the accounts (never passwords)
  remove NAME                                         delete an account and its password
  test NAME                                           make one real request with it

Passwords are stored in the OS secret store. They are read from --password-stdin or the HYDRANT_PASSWORD environment variable; there is deliberately no --password option, as command lines are visible to other users.

Exit codes: 0 success, 1 usage error, 2 authentication failed (test), 3 other failure.</source>
        <translation>hydrant-cli account: die Stream- und Backup-Konten verwalten, die die Anwendung verwendet.

  add NAME --url URL --user BENUTZER [--password-stdin]   Konto speichern oder aktualisieren
  list [--json]                                           Konten anzeigen (niemals Passwörter)
  remove NAME                                             Konto und sein Passwort löschen
  test NAME                                               eine echte Anfrage damit stellen

Passwörter werden im Passwortspeicher des Betriebssystems abgelegt. Sie werden aus --password-stdin oder der Umgebungsvariable HYDRANT_PASSWORD gelesen; eine Option --password gibt es absichtlich nicht, da Befehlszeilen für andere Benutzer sichtbar sind.

Exit-Codes: 0 Erfolg, 1 Aufruffehler, 2 Authentifizierung fehlgeschlagen (test), 3 anderer Fehler.</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with &apos;hydrant-cli account add NAME --url URL --user USER --password-stdin&apos;.</source>
        <translation>Noch keine Konten. Fügen Sie eines mit „hydrant-cli account add NAME --url URL --user BENUTZER --password-stdin“ hinzu.</translation>
    </message>
    <message>
        <source>Usage: hydrant-cli account add|remove|test NAME [options], or hydrant-cli account list.</source>
        <translation>Aufruf: hydrant-cli account add|remove|test NAME [Optionen] oder hydrant-cli account list.</translation>
    </message>
    <message>
        <source>Both a stream and a backups account are named &apos;%1&apos;: add --service.</source>
        <translation>Sowohl ein Stream- als auch ein Backup-Konto heißen „%1“: Geben Sie --service an.</translation>
    </message>
    <message>
        <source>There is no account named &apos;%1&apos;.</source>
        <translation>Es gibt kein Konto namens „%1“.</translation>
    </message>
    <message>
        <source>Removed the account &apos;%1&apos; and its password.</source>
        <translation>Das Konto „%1“ und sein Passwort wurden entfernt.</translation>
    </message>
    <message>
        <source>Saved the account &apos;%1&apos; without a password (give one with --password-stdin or HYDRANT_PASSWORD).</source>
        <translation>Das Konto „%1“ wurde ohne Passwort gespeichert (geben Sie eines mit --password-stdin oder HYDRANT_PASSWORD an).</translation>
    </message>
    <message>
        <source>Saved the account &apos;%1&apos;; the password is in the OS secret store.</source>
        <translation>Das Konto „%1“ wurde gespeichert; das Passwort liegt im Passwortspeicher des Betriebssystems.</translation>
    </message>
    <message>
        <source>Saved the account &apos;%1&apos;, but not its password: %2</source>
        <translation>Das Konto „%1“ wurde gespeichert, sein Passwort jedoch nicht: %2</translation>
    </message>
    <message>
        <source>Saved the account &apos;%1&apos;, but the secret store refused the password: %2</source>
        <translation>Das Konto „%1“ wurde gespeichert, aber der Passwortspeicher hat das Passwort abgelehnt: %2</translation>
    </message>
    <message>
        <source>[NAME]</source>
        <translation>[NAME]</translation>
    </message>
    <message>
        <source>stream (default) or backups; for a stream account also its protocol: gnip (the default), firestream or stocktwits-firehose.</source>
        <translation>stream (Standard) oder backups; für ein Stream-Konto auch dessen Protokoll: gnip (Standard), firestream oder stocktwits-firehose.</translation>
    </message>
    <message>
        <source>add: backup file types, comma-separated (default %1).</source>
        <translation>add: Backup-Dateitypen, durch Kommas getrennt (Standard: %1).</translation>
    </message>
    <message>
        <source>--service must be stream, backups, gnip, firestream or stocktwits-firehose.</source>
        <translation>--service muss stream, backups, gnip, firestream oder stocktwits-firehose sein.</translation>
    </message>
    <message>
        <source>A team relay account is added in the window (Settings → Accounts…); scripts read a relay with &apos;hydrant-cli stream --service nats&apos;.</source>
        <translation>Ein Team-Relay-Konto wird im Fenster angelegt (Einstellungen → Konten…); Skripte lesen ein Relay mit &apos;hydrant-cli stream --service nats&apos;.</translation>
    </message>
    <message>
        <source>add: the symbol backups&apos; metrics your dashboard lists, comma-separated (default none; &apos;&apos; clears them).</source>
        <translation>add: die Metriken der Symbol-Backups aus Ihrem Dashboard, durch Kommas getrennt (Standard: keine; &apos;&apos; leert sie).</translation>
    </message>
    <message>
        <source>METRICS</source>
        <translation>METRIKEN</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>There is no stream account named “%1”.</source>
        <translation>Es gibt kein Stream-Konto namens „%1“.</translation>
    </message>
    <message>
        <source>No password is saved for this account.</source>
        <translation>Für dieses Konto ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>There is no backup account named “%1”.</source>
        <translation>Es gibt kein Backup-Konto namens „%1“.</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Backup account “%1”: the file type “messages” was changed to “message”, the name the backup service documents.</source>
        <translation>Backup-Konto „%1“: Der Dateityp „messages“ wurde in „message“ geändert, den vom Backup-Dienst dokumentierten Namen.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Stream account</source>
        <translation>Stream-Konto</translation>
    </message>
    <message>
        <source>Backups account</source>
        <translation>Backup-Konto</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add a stream account (the realtime firehose) or a backups account (the daily archives) with Add.</source>
        <translation>Fügen Sie mit „Hinzufügen“ ein Stream-Konto (die Echtzeit-Firehose) oder ein Backup-Konto (die täglichen Archive) hinzu.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Makes one real request with these settings and reports the answer.</source>
        <translation>Stellt mit diesen Einstellungen eine echte Anfrage und meldet die Antwort.</translation>
    </message>
    <message>
        <source>Paste the stream URL from the provider&apos;s dashboard. {ACCOUNT_NAME}, {DATA_SOURCE} and {STREAM_LABEL} are filled from the fields below.</source>
        <translation>Fügen Sie die Stream-URL aus dem Dashboard des Anbieters ein. {ACCOUNT_NAME}, {DATA_SOURCE} und {STREAM_LABEL} werden aus den Feldern darunter gefüllt.</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Insert a placeholder at the cursor</source>
        <translation>Einen Platzhalter an der Cursorposition einfügen</translation>
    </message>
    <message>
        <source>Reset to the standard firehose URL</source>
        <translation>Auf die Standard-Firehose-URL zurücksetzen</translation>
    </message>
    <message>
        <source>client=N, for streams bought with Backfill</source>
        <translation>client=N, für mit Backfill gekaufte Streams</translation>
    </message>
    <message>
        <source>backfillMinutes=N (1–5), for newer products</source>
        <translation>backfillMinutes=N (1–5), für neuere Produkte</translation>
    </message>
    <message>
        <source>partition=N, for partitioned streams</source>
        <translation>partition=N, für partitionierte Streams</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>kept in the OS secret store</source>
        <translation>im Passwortspeicher des Betriebssystems abgelegt</translation>
    </message>
    <message>
        <source>Use this account for the Live page</source>
        <translation>Dieses Konto für die Seite „Live“ verwenden</translation>
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
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Stream URL:</source>
        <translation>Stream-URL:</translation>
    </message>
    <message>
        <source>{ACCOUNT_NAME}:</source>
        <translation>{ACCOUNT_NAME}:</translation>
    </message>
    <message>
        <source>{DATA_SOURCE}:</source>
        <translation>{DATA_SOURCE}:</translation>
    </message>
    <message>
        <source>{STREAM_LABEL}:</source>
        <translation>{STREAM_LABEL}:</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <source>Connects to:</source>
        <translation>Verbindet mit:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>The service&apos;s base URL; /backups/{type}/{yyyy}/{mm}/{dd} is appended.</source>
        <translation>Die Basis-URL des Dienstes; /backups/{type}/{yyyy}/{mm}/{dd} wird angehängt.</translation>
    </message>
    <message>
        <source>The file types your account may download, separated by commas.</source>
        <translation>Die Dateitypen, die Ihr Konto herunterladen darf, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Use this account for the Backups page</source>
        <translation>Dieses Konto für die Seite „Backups“ verwenden</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;File types:</source>
        <translation>&amp;Dateitypen:</translation>
    </message>
    <message>
        <source> (in use)</source>
        <translation> (in Verwendung)</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Stream %1</source>
        <translation>Stream %1</translation>
    </message>
    <message>
        <source>Fill in the account, then press Save.</source>
        <translation>Füllen Sie die Kontodaten aus und klicken Sie dann auf „Speichern“.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Backups %1</source>
        <translation>Backups %1</translation>
    </message>
    <message>
        <source>There is already a stream account named “%1”.</source>
        <translation>Es gibt bereits ein Stream-Konto namens „%1“.</translation>
    </message>
    <message>
        <source>There is already a backups account named “%1”.</source>
        <translation>Es gibt bereits ein Backup-Konto namens „%1“.</translation>
    </message>
    <message>
        <source>Saved; the password is in the OS secret store.</source>
        <translation>Gespeichert; das Passwort liegt im Passwortspeicher des Betriebssystems.</translation>
    </message>
    <message>
        <source>Saved; the password is kept for this run only.</source>
        <translation>Gespeichert; das Passwort wird nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>Saved, but the secret store refused the password.</source>
        <translation>Gespeichert, aber der Passwortspeicher hat das Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>Saved (no password given).</source>
        <translation>Gespeichert (kein Passwort angegeben).</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Remove the stream account “%1” and its saved password?</source>
        <translation>Das Stream-Konto „%1“ und sein gespeichertes Passwort entfernen?</translation>
    </message>
    <message>
        <source>Remove the backups account “%1” and its saved password?</source>
        <translation>Das Backup-Konto „%1“ und sein gespeichertes Passwort entfernen?</translation>
    </message>
    <message>
        <source>Removed “%1”. Undo is possible until this dialog closes.</source>
        <translation>„%1“ wurde entfernt. Rückgängig machen ist möglich, bis dieser Dialog geschlossen wird.</translation>
    </message>
    <message>
        <source>The form has changes that are not saved. Press Save to keep them, or Escape again to close without them.</source>
        <translation>Das Formular enthält ungespeicherte Änderungen. Klicken Sie auf „Speichern“, um sie zu behalten, oder drücken Sie erneut Esc, um ohne sie zu schließen.</translation>
    </message>
    <message>
        <source>The protocol the stream speaks: how its body is framed and how a reconnect resumes.</source>
        <translation>Das Protokoll des Streams: wie sein Inhalt gegliedert ist und wie eine neue Verbindung fortsetzt.</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>Team relay account (NATS)</source>
        <translation>Team-Relay-Konto (NATS)</translation>
    </message>
    <message>
        <source>nats://relay1:4222, tls://relay2:4222</source>
        <translation>nats://relay1:4222, tls://relay2:4222</translation>
    </message>
    <message>
        <source>The NATS servers of the team relay, separated by commas: nats://HOST:PORT or tls://HOST:PORT.</source>
        <translation>Die NATS-Server des Team-Relays, durch Kommas getrennt: nats://HOST:PORT oder tls://HOST:PORT.</translation>
    </message>
    <message>
        <source>The JetStream stream the relay writes (default HYDRANT).</source>
        <translation>Der JetStream-Stream, in den das Relay schreibt (Standard HYDRANT).</translation>
    </message>
    <message>
        <source>The relay&apos;s subject prefix (default hydrant).</source>
        <translation>Das Subject-Präfix des Relays (Standard: hydrant).</translation>
    </message>
    <message>
        <source>NATS &amp;servers:</source>
        <translation>NATS-&amp;Server:</translation>
    </message>
    <message>
        <source>JetStream s&amp;tream:</source>
        <translation>JetStream-S&amp;tream:</translation>
    </message>
    <message>
        <source>Su&amp;bject prefix:</source>
        <translation>Subject-Prä&amp;fix:</translation>
    </message>
    <message>
        <source>optional: the NATS user</source>
        <translation>optional: der NATS-Benutzer</translation>
    </message>
    <message>
        <source>Team relay</source>
        <translation>Team-Relay</translation>
    </message>
    <message>
        <source>Team relay %1</source>
        <translation>Team-Relay %1</translation>
    </message>
    <message>
        <source>Enter the team relay&apos;s NATS servers, then press Save.</source>
        <translation>Geben Sie die NATS-Server des Team-Relays ein und klicken Sie dann auf Speichern.</translation>
    </message>
    <message>
        <source>The symbol backups&apos; metrics your dashboard lists (for example trending), separated by commas; empty for none.</source>
        <translation>Die Metriken der Symbol-Backups, die Ihr Dashboard nennt (zum Beispiel trending), durch Kommas getrennt; leer für keine.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Symbol &amp;metrics:</source>
        <translation>Symbol-&amp;Metriken:</translation>
    </message>
</context>
<context>
    <name>ArchiveAccess</name>
    <message>
        <source>This file is %1. Opening it needs the KArchive library (KDE Frameworks 6), which this build of Hydrant does not include. Use a build made with KArchive (for example on Debian 13: install libkf6archive-dev and configure with -DHYDRANT_WITH_KARCHIVE=ON), or convert the file to .jsonl.gz.</source>
        <translation>Diese Datei ist %1. Zum Öffnen wird die Bibliothek KArchive (KDE Frameworks 6) benötigt, die in diesem Build von Hydrant nicht enthalten ist. Verwenden Sie einen mit KArchive erstellten Build (zum Beispiel unter Debian 13: libkf6archive-dev installieren und mit -DHYDRANT_WITH_KARCHIVE=ON konfigurieren) oder konvertieren Sie die Datei in .jsonl.gz.</translation>
    </message>
    <message>
        <source>Cannot read the archive: %1</source>
        <translation>Das Archiv kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>unsupported format</source>
        <translation>nicht unterstütztes Format</translation>
    </message>
    <message>
        <source>The archive member name &quot;%1&quot; is not safe (absolute or leading outside the archive); it is not opened.</source>
        <translation>Der Name des Archiveintrags „%1“ ist nicht sicher (absolut oder aus dem Archiv herausführend); er wird nicht geöffnet.</translation>
    </message>
    <message>
        <source>The archive has no file named &quot;%1&quot;.</source>
        <translation>Das Archiv enthält keine Datei namens „%1“.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot; from the archive.</source>
        <translation>„%1“ kann nicht aus dem Archiv gelesen werden.</translation>
    </message>
    <message>
        <source>This file is zstd-compressed, but the KArchive library this build uses was made without zstd support. Decompress it first (zstd -d FILE) or use a KArchive built with zstd.</source>
        <translation>Diese Datei ist zstd-komprimiert, aber die von diesem Build verwendete KArchive-Bibliothek wurde ohne zstd-Unterstützung erstellt. Entpacken Sie sie zuerst (zstd -d DATEI) oder verwenden Sie ein mit zstd-Unterstützung erstelltes KArchive.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>KArchive cannot decompress %1.</source>
        <translation>KArchive kann %1 nicht entpacken.</translation>
    </message>
</context>
<context>
    <name>ArchiveMemberPicker</name>
    <message>
        <source>This archive holds several files. Choose the one to open:</source>
        <translation>Dieses Archiv enthält mehrere Dateien. Wählen Sie die Datei aus, die geöffnet werden soll:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>This name could lead outside the archive; it is not opened.</source>
        <translation>Dieser Name könnte aus dem Archiv herausführen; er wird nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>BackupCatalogue</name>
    <message>
        <source>%1 cannot be deleted: %2</source>
        <translation>%1 kann nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>BackupDayStatus</name>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Partly on disk</source>
        <translation>Teilweise vorhanden</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Queued or downloading</source>
        <translation>In Warteschlange oder wird heruntergeladen</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>In the future</source>
        <translation>In der Zukunft</translation>
    </message>
</context>
<context>
    <name>BackupNaming</name>
    <message>
        <source>The file type is empty.</source>
        <translation>Der Dateityp ist leer.</translation>
    </message>
    <message>
        <source>“%1” is not a valid file type: use a lower-case letter followed by up to 63 lower-case letters, digits, “_” or “-”.</source>
        <translation>„%1“ ist kein gültiger Dateityp: Verwenden Sie einen Kleinbuchstaben, gefolgt von bis zu 63 Kleinbuchstaben, Ziffern, „_“ oder „-“.</translation>
    </message>
    <message>
        <source>The date is not a real calendar day.</source>
        <translation>Das Datum ist kein gültiger Kalendertag.</translation>
    </message>
    <message>
        <source>The year must have four digits.</source>
        <translation>Die Jahreszahl muss vierstellig sein.</translation>
    </message>
    <message>
        <source>%1 is in the future: no backup exists for it yet.</source>
        <translation>%1 liegt in der Zukunft: Dafür gibt es noch kein Backup.</translation>
    </message>
    <message>
        <source>The symbol backup metric is empty.</source>
        <translation>Die Metrik des Symbol-Backups ist leer.</translation>
    </message>
    <message>
        <source>“%1” is not a valid symbol backup metric: use a letter or digit followed by up to 63 letters, digits, “_” or “-”.</source>
        <translation>„%1“ ist keine gültige Metrik für Symbol-Backups: Verwenden Sie einen Buchstaben oder eine Ziffer, gefolgt von bis zu 63 Buchstaben, Ziffern, „_“ oder „-“.</translation>
    </message>
    <message>
        <source>“%1” is not a valid file type: names beginning with “symbols_” are the symbol backups&apos;: give the metric as a symbol metric.</source>
        <translation>„%1“ ist kein gültiger Dateityp: Namen, die mit „symbols_“ beginnen, gehören zu den Symbol-Backups; geben Sie die Metrik als Symbol-Metrik an.</translation>
    </message>
</context>
<context>
    <name>BackupProfile</name>
    <message>
        <source>The account needs a name.</source>
        <translation>Das Konto benötigt einen Namen.</translation>
    </message>
    <message>
        <source>List at least one file type (for example activity).</source>
        <translation>Geben Sie mindestens einen Dateityp an (zum Beispiel activity).</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Geben Sie den Benutzernamen ein.</translation>
    </message>
</context>
<context>
    <name>BackupResolver</name>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The backup service at %1 could not be reached: %2</source>
        <translation>Der Backup-Dienst unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The backup service answered %1 without a download link.</source>
        <translation>Der Backup-Dienst hat mit %1, aber ohne Download-Link geantwortet.</translation>
    </message>
    <message>
        <source>The download link was not followed. %1</source>
        <translation>Dem Download-Link wurde nicht gefolgt. %1</translation>
    </message>
    <message>
        <source>The backup service answered with a download link of %1, longer than the %2 Hydrant accepts; it was not followed.</source>
        <translation>Der Backup-Dienst hat mit einem Download-Link von %1 geantwortet, länger als die %2, die Hydrant akzeptiert; ihm wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>The backup service answered with %1 of headers, more than the %2 Hydrant accepts; the answer was not used.</source>
        <translation>Der Backup-Dienst hat mit %1 an Kopfzeilen geantwortet, mehr als die %2, die Hydrant akzeptiert; die Antwort wurde nicht verwendet.</translation>
    </message>
    <message>
        <source>The backup service sent an answer longer than %1; it was not read to the end.</source>
        <translation>Der Backup-Dienst hat eine Antwort von mehr als %1 gesendet; sie wurde nicht bis zum Ende gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>The backup service at %1 accepted the request but did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Backup-Dienst unter %1 hat die Anfrage angenommen, aber nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Backup-Dienst unter %1 hat die Anfrage angenommen, aber nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup service at %1 could not be reached within %n second(s).</source>
        <translation>
            <numerusform>Der Backup-Dienst unter %1 war innerhalb von %n Sekunde nicht erreichbar.</numerusform>
            <numerusform>Der Backup-Dienst unter %1 war innerhalb von %n Sekunden nicht erreichbar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Daily backups</source>
        <translation>Tägliche Backups</translation>
    </message>
    <message>
        <source>&amp;Download Selected Days</source>
        <translation>Ausgewählte Tage &amp;herunterladen</translation>
    </message>
    <message>
        <source>Queue every selected file type for every selected day</source>
        <translation>Jeden ausgewählten Dateityp für jeden ausgewählten Tag in die Warteschlange stellen</translation>
    </message>
    <message>
        <source>&amp;Pause All</source>
        <translation>Alle &amp;anhalten</translation>
    </message>
    <message>
        <source>&amp;Resume All</source>
        <translation>Alle &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>Abgeschlossene &amp;entfernen</translation>
    </message>
    <message>
        <source>Enter &amp;Password…</source>
        <translation>&amp;Passwort eingeben…</translation>
    </message>
    <message>
        <source>File types</source>
        <translation>Dateitypen</translation>
    </message>
    <message>
        <source>Select &amp;Month</source>
        <translation>&amp;Monat auswählen</translation>
    </message>
    <message>
        <source>Select every day of the month on show (up to today)</source>
        <translation>Alle Tage des angezeigten Monats auswählen (bis heute)</translation>
    </message>
    <message>
        <source>&amp;Download Selected</source>
        <translation>Ausgewählte herunter&amp;laden</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Choose the folder downloads are saved in</source>
        <translation>Den Ordner auswählen, in dem Downloads gespeichert werden</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Speichern in:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Download queue&lt;/b&gt;</source>
        <translation>&lt;b&gt;Download-Warteschlange&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Select days on the calendar (click, shift-click or drag, or “Select Month”) and press “Download Selected”.</source>
        <translation>Wählen Sie Tage im Kalender aus (Klicken, Umschalt-Klicken oder Ziehen oder „Monat auswählen“) und klicken Sie auf „Ausgewählte herunterladen“.</translation>
    </message>
    <message>
        <source>Save Backups In</source>
        <translation>Backups speichern in</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 ausgewählt</translation>
    </message>
    <message>
        <source>%1 – %2 selected</source>
        <translation>%1 – %2 ausgewählt</translation>
    </message>
    <message numerus="yes">
        <source>(%n file(s))</source>
        <translation>
            <numerusform>(%n Datei)</numerusform>
            <numerusform>(%n Dateien)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) queued.</source>
        <translation>
            <numerusform>%n Datei in die Warteschlange gestellt.</numerusform>
            <numerusform>%n Dateien in die Warteschlange gestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already on disk.</source>
        <translation>
            <numerusform>%n bereits vorhanden.</numerusform>
            <numerusform>%n bereits vorhanden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the queue.</source>
        <translation>
            <numerusform>%n bereits in der Warteschlange.</numerusform>
            <numerusform>%n bereits in der Warteschlange.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Paused: the service needs the password.</source>
        <translation>Angehalten: Der Dienst benötigt das Passwort.</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n aktiv</numerusform>
            <numerusform>%n aktiv</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n in Warteschlange</numerusform>
            <numerusform>%n in Warteschlange</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n angehalten</numerusform>
            <numerusform>%n angehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n fertig</numerusform>
            <numerusform>%n fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not available</source>
        <translation>
            <numerusform>%n nicht verfügbar</numerusform>
            <numerusform>%n nicht verfügbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete File</source>
        <translation>Datei löschen</translation>
    </message>
    <message>
        <source>Delete %1 from the disk? It can be downloaded again later.</source>
        <translation>%1 vom Datenträger löschen? Die Datei kann später erneut heruntergeladen werden.</translation>
    </message>
    <message>
        <source>Open in Files Page</source>
        <translation>Auf der Seite „Dateien“ öffnen</translation>
    </message>
    <message>
        <source>Show in File Manager</source>
        <translation>Im Dateimanager anzeigen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Delete File…</source>
        <translation>Datei löschen…</translation>
    </message>
    <message>
        <source>Remove from Queue</source>
        <translation>Aus der Warteschlange entfernen</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 bisher</translation>
    </message>
    <message>
        <source>Retry the selected downloads, or every failed one when none is selected</source>
        <translation>Die ausgewählten Downloads wiederholen oder, wenn keiner ausgewählt ist, alle fehlgeschlagenen</translation>
    </message>
    <message>
        <source>Stop the selected downloads and delete what they downloaded</source>
        <translation>Die ausgewählten Downloads stoppen und die bereits heruntergeladenen Daten löschen</translation>
    </message>
    <message>
        <source>&amp;Hide Not Available</source>
        <translation>Nicht &amp;verfügbare ausblenden</translation>
    </message>
    <message>
        <source>Hide the days the service has no file for from the queue</source>
        <translation>Die Tage, für die der Dienst keine Datei hat, in der Warteschlange ausblenden</translation>
    </message>
    <message>
        <source>Cancel Downloads</source>
        <translation>Downloads abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n download(s) and delete the %1 already downloaded?</source>
        <translation>
            <numerusform>%n Download abbrechen und die bereits heruntergeladenen %1 löschen?</numerusform>
            <numerusform>%n Downloads abbrechen und die bereits heruntergeladenen %1 löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause keeps what was downloaded, to carry on later.</source>
        <translation>Beim Anhalten bleibt das bereits Heruntergeladene erhalten, sodass Sie später fortfahren können.</translation>
    </message>
    <message>
        <source>Cancel and Delete</source>
        <translation>Abbrechen und löschen</translation>
    </message>
    <message>
        <source>Keep Downloading</source>
        <translation>Weiter herunterladen</translation>
    </message>
    <message>
        <source>Nothing to retry: select a download, or wait for one to fail.</source>
        <translation>Nichts zu wiederholen: Wählen Sie einen Download aus oder warten Sie, bis einer fehlschlägt.</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n failed download(s).</source>
        <translation>
            <numerusform>%n fehlgeschlagener Download wird wiederholt.</numerusform>
            <numerusform>%n fehlgeschlagene Downloads werden wiederholt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup service is set up yet. Add a backup account under Settings → Accounts… (base URL, user name and file types), or try the calendar and downloads in the demo (or start Hydrant with %1): it runs against a built-in simulator, no account needed.</source>
        <extracomment>%1 is the command hydrant --demo</extracomment>
        <translation>Noch kein Backup-Dienst eingerichtet. Fügen Sie unter Einstellungen → Konten… ein Backup-Konto hinzu (Basis-URL, Benutzername und Dateitypen) oder probieren Sie den Kalender und die Downloads in der Demo aus (oder starten Sie Hydrant mit %1): Sie läuft mit einem integrierten Simulator, kein Konto erforderlich.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move to &amp;Top</source>
        <translation>Ganz nach o&amp;ben</translation>
    </message>
    <message>
        <source>Move to &amp;Bottom</source>
        <translation>Ganz nach u&amp;nten</translation>
    </message>
    <message>
        <source>Download the selected days sooner</source>
        <translation>Die ausgewählten Tage früher herunterladen</translation>
    </message>
    <message>
        <source>Download the selected days later</source>
        <translation>Die ausgewählten Tage später herunterladen</translation>
    </message>
    <message>
        <source>&amp;Open Selected Days</source>
        <translation>Aus&amp;gewählte Tage öffnen</translation>
    </message>
    <message>
        <source>Open the downloaded files of the selected days in the Files page, as one dataset</source>
        <translation>Die heruntergeladenen Dateien der ausgewählten Tage auf der Seite „Dateien“ als einen Datensatz öffnen</translation>
    </message>
    <message>
        <source>&amp;Open Selected</source>
        <translation>Aus&amp;gewählte öffnen</translation>
    </message>
    <message>
        <source>None of the selected days is downloaded yet.</source>
        <translation>Noch keiner der ausgewählten Tage wurde heruntergeladen.</translation>
    </message>
    <message>
        <source>No file manager could show %1: open the folder %2 yourself.</source>
        <translation>Kein Dateimanager konnte %1 anzeigen: Öffnen Sie den Ordner %2 selbst.</translation>
    </message>
</context>
<context>
    <name>BookmarkMenu</name>
    <message>
        <source>Bookmark</source>
        <translation>Lesezeichen setzen/entfernen</translation>
    </message>
    <message>
        <source>Bookmark the selected line, or remove its bookmark</source>
        <translation>Lesezeichen für die ausgewählte Zeile setzen oder entfernen</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Bookmark the selected line, or go to a bookmarked line</source>
        <translation>Lesezeichen für die ausgewählte Zeile setzen oder zu einer Zeile mit Lesezeichen gehen</translation>
    </message>
    <message>
        <source>No bookmarks yet (Ctrl+B bookmarks the selected line)</source>
        <translation>Noch keine Lesezeichen (Ctrl+B setzt ein Lesezeichen für die ausgewählte Zeile)</translation>
    </message>
    <message>
        <source>Remove All Bookmarks</source>
        <translation>Alle Lesezeichen entfernen</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Run &apos;%1 --help&apos; for the options.</source>
        <translation>Führen Sie „%1 --help“ aus, um die Optionen anzuzeigen.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not “%4”.</source>
        <translation>--%1 erfordert eine ganze Zahl von %2 bis %3, nicht „%4“.</translation>
    </message>
    <message>
        <source>--%1 needs a number from %2 to %3, not “%4”.</source>
        <translation>--%1 erfordert eine Zahl von %2 bis %3, nicht „%4“.</translation>
    </message>
    <message>
        <source>No password: use --password-stdin, set HYDRANT_PASSWORD, or save one with &apos;hydrant-cli account add&apos;.</source>
        <translation>Kein Passwort: Verwenden Sie --password-stdin, setzen Sie HYDRANT_PASSWORD oder speichern Sie eines mit „hydrant-cli account add“.</translation>
    </message>
    <message>
        <source>Standard input (-) is read alone, not with other files.</source>
        <translation>Die Standardeingabe (-) wird allein gelesen, nicht zusammen mit anderen Dateien.</translation>
    </message>
    <message>
        <source>Cannot save standard input to %1: %2</source>
        <translation>Die Standardeingabe kann nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionLog</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Server info</source>
        <translation>Serverinfo</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Copy log</source>
        <translation>Protokoll kopieren</translation>
    </message>
</context>
<context>
    <name>ConnectionStatusBar</name>
    <message>
        <source>Messages per second over the last second</source>
        <translation>Nachrichten pro Sekunde in der letzten Sekunde</translation>
    </message>
    <message>
        <source>Time since the last byte (data or heartbeat); 30 s without one is a stall</source>
        <translation>Zeit seit dem letzten Byte (Daten oder Heartbeat); 30 s ohne Byte gelten als Stillstand</translation>
    </message>
    <message>
        <source>Activities dropped because their id was already seen (backfill after a reconnect)</source>
        <translation>Verworfene Aktivitäten, deren ID bereits empfangen wurde (Backfill nach einer Neuverbindung)</translation>
    </message>
    <message>
        <source>Connection attempts after the first</source>
        <translation>Verbindungsversuche nach dem ersten</translation>
    </message>
    <message>
        <source>retrying in %1 s</source>
        <translation>neuer Versuch in %1 s</translation>
    </message>
    <message>
        <source>%1

The server said: %2</source>
        <translation>%1

Der Server meldete: %2</translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 Nachr./s</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>noch keine Daten</translation>
    </message>
    <message>
        <source>last byte %1 s ago</source>
        <translation>letztes Byte vor %1 s</translation>
    </message>
    <message>
        <source>duplicates: %1</source>
        <translation>Duplikate: %1</translation>
    </message>
    <message>
        <source>reconnects: %1</source>
        <translation>Neuverbindungen: %1</translation>
    </message>
    <message>
        <source>● REC %1 · %2</source>
        <translation>● REC %1 · %2</translation>
    </message>
    <message>
        <source>Recording to %1 — %2 messages on disk. Click to open it in the Files page.</source>
        <translation>Aufzeichnung in %1 — %2 Nachrichten gespeichert. Klicken Sie, um die Datei auf der Seite „Dateien“ zu öffnen.</translation>
    </message>
    <message>
        <source>Lines longer than the “Longest line” preference, dropped from the stream</source>
        <translation>Aus dem Stream verworfene Zeilen, die länger als die Einstellung „Längste Zeile“ sind</translation>
    </message>
    <message numerus="yes">
        <source>%n too long</source>
        <comment>lines dropped for exceeding the length limit</comment>
        <translation>
            <numerusform>%n zu lang</numerusform>
            <numerusform>%n zu lang</numerusform>
        </translation>
    </message>
    <message>
        <source>● REC stopped</source>
        <translation>● REC gestoppt</translation>
    </message>
    <message>
        <source>● REC stopped: %1</source>
        <translation>● REC gestoppt: %1</translation>
    </message>
    <message>
        <source>Resume position: %1. A reconnect or a new start continues after this item.</source>
        <translation>Fortsetzungsposition: %1. Eine neue Verbindung oder ein Neustart setzt nach diesem Eintrag fort.</translation>
    </message>
    <message>
        <source>seq %1 · gap after %2</source>
        <comment>resume cursor; the service could not continue</comment>
        <translation>seq %1 · Lücke nach %2</translation>
    </message>
    <message>
        <source>The service could not continue after item %1: the items after it are missing.</source>
        <translation>Der Dienst konnte nach Eintrag %1 nicht fortsetzen: Die Einträge danach fehlen.</translation>
    </message>
    <message>
        <source>resumed from seq %1</source>
        <comment>resume cursor</comment>
        <translation>fortgesetzt ab seq %1</translation>
    </message>
    <message>
        <source>seq %1 · resumed from %2</source>
        <comment>resume cursor</comment>
        <translation>seq %1 · fortgesetzt ab %2</translation>
    </message>
    <message>
        <source>This connection continued after item %1: nothing was lost or repeated.</source>
        <translation>Diese Verbindung wurde nach Eintrag %1 fortgesetzt: Nichts ging verloren, nichts wurde wiederholt.</translation>
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
        <translation>Geben Sie zuerst den Benutzernamen und das Passwort ein.</translation>
    </message>
    <message>
        <source>Hydrant already made %1 connection requests for this account in the last minute, the most the service allows. Try again in %2 s.</source>
        <translation>Hydrant hat in der letzten Minute bereits %1 Verbindungsanfragen für dieses Konto gestellt, so viele, wie der Dienst höchstens erlaubt. Versuchen Sie es in %2 s erneut.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s.</source>
        <translation>Keine Antwort von %1 innerhalb von %2 s.</translation>
    </message>
    <message>
        <source>Connected: %1 accepted the credentials and started the stream.</source>
        <translation>Verbunden: %1 hat die Zugangsdaten akzeptiert und den Stream gestartet.</translation>
    </message>
    <message>
        <source>TLS error: the secure connection to %1 failed (%2).</source>
        <translation>TLS-Fehler: Die sichere Verbindung zu %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>Connected: %1 accepted the credentials and offered yesterday&apos;s file.</source>
        <translation>Verbunden: %1 hat die Zugangsdaten akzeptiert und die Datei von gestern angeboten.</translation>
    </message>
    <message>
        <source>Connected: %1 accepted the credentials (there is no file for yesterday).</source>
        <translation>Verbunden: %1 hat die Zugangsdaten akzeptiert (für gestern gibt es keine Datei).</translation>
    </message>
    <message>
        <source>Bad credentials: %1</source>
        <translation>Ungültige Zugangsdaten: %1</translation>
    </message>
    <message>
        <source>Compression refused: %1</source>
        <translation>Komprimierung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Rate limited: %1 Wait a minute and try again.</source>
        <translation>Ratenbegrenzung: %1 Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>Not indexed: opening the dataset was cancelled.</source>
        <translation>Nicht indiziert: Das Öffnen des Datensatzes wurde abgebrochen.</translation>
    </message>
    <message>
        <source>There is no .gz, .jsonl or .ndjson file in %1.</source>
        <translation>In %1 gibt es keine .gz-, .jsonl- oder .ndjson-Datei.</translation>
    </message>
</context>
<context>
    <name>DatasetModel</name>
    <message>
        <source>%1, line %2</source>
        <extracomment>Where a row of a dataset comes from: a file&apos;s name and the line in it.</extracomment>
        <translation>%1, Zeile %2</translation>
    </message>
</context>
<context>
    <name>DatasetView</name>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <extracomment>The title of a tab showing several files read as one dataset.</extracomment>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to Row…</source>
        <translation>Gehe zu Zeile…</translation>
    </message>
    <message>
        <source>Go to a row by its number, counted across the files</source>
        <translation>Zu einer Zeile anhand ihrer Nummer gehen, über alle Dateien hinweg gezählt</translation>
    </message>
    <message>
        <source>Go to Time…</source>
        <translation>Gehe zu Zeit…</translation>
    </message>
    <message>
        <source>Go to the first message at or after a time</source>
        <translation>Zur ersten Nachricht zu oder nach einem Zeitpunkt gehen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Write search results or selected rows of every file to one .jsonl.gz or CSV file</source>
        <translation>Suchergebnisse oder ausgewählte Zeilen aller Dateien in einer einzigen .jsonl.gz- oder CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Go To</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <source>Go to a row by its number, or to a time</source>
        <translation>Zu einer Zeile anhand ihrer Nummer oder zu einem Zeitpunkt gehen</translation>
    </message>
    <message>
        <source>Stop indexing</source>
        <translation>Indizierung stoppen</translation>
    </message>
    <message>
        <source>Stop indexing the files; the files indexed so far are shown, the others are not</source>
        <translation>Die Indizierung der Dateien stoppen; die bisher indizierten Dateien werden angezeigt, die übrigen nicht</translation>
    </message>
    <message>
        <source>Export %p%</source>
        <translation>Export %p %</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Indexing %1 of %n file(s)…</source>
        <extracomment>While the files of a dataset are indexed: &quot;Indexing 3 of 30 files…&quot;.</extracomment>
        <translation>
            <numerusform>Indizierung: %1 von %n Datei…</numerusform>
            <numerusform>Indizierung: %1 von %n Dateien…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the index cache</source>
        <translation>
            <numerusform>%n aus dem Index-Cache</numerusform>
            <numerusform>%n aus dem Index-Cache</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A file of a dataset and what is wrong with it.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) have problems (hover here for the list).</source>
        <translation>
            <numerusform>%n weitere Datei hat Probleme (Mauszeiger hierher bewegen, um die Liste anzuzeigen).</numerusform>
            <numerusform>%n weitere Dateien haben Probleme (Mauszeiger hierher bewegen, um die Liste anzuzeigen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 · %2 · %3</source>
        <extracomment>The selected row of a dataset: its number, its file and line, its size.</extracomment>
        <translation>Zeile %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Go to Row</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>Row (1 to %1):</source>
        <translation>Zeile (1 bis %1):</translation>
    </message>
    <message>
        <source>Go to Time</source>
        <translation>Gehe zu Zeit</translation>
    </message>
    <message>
        <source>The messages of these files carry no time stamps.</source>
        <translation>Die Nachrichten dieser Dateien haben keine Zeitstempel.</translation>
    </message>
    <message>
        <source>No message is that late.</source>
        <translation>Es gibt keine so späte Nachricht.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>A bookmark of a dataset: its row, then the start of its text.</extracomment>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source> · bookmarked</source>
        <translation> · mit Lesezeichen</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <extracomment>The days a dataset covers and their time zone: &quot;11/1/24 to 11/30/24 (UTC)&quot;.</extracomment>
        <translation>%1 bis %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1* (%n file(s))</source>
        <extracomment>The title of a tab showing several files whose names begin alike, read as one dataset: &quot;stocktwits_message_2024_01_* (3 files)&quot;.</extracomment>
        <translation>
            <numerusform>%1* (%n Datei)</numerusform>
            <numerusform>%1* (%n Dateien)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>Demo (built-in simulator)</source>
        <translation>Demo (integrierter Simulator)</translation>
    </message>
    <message>
        <source>Demo Firestream (built-in simulator)</source>
        <translation>Demo-Firestream (integrierter Simulator)</translation>
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
        <translation>Tägliche Backup-Archive für einen Datumsbereich herunterladen.</translation>
    </message>
    <message>
        <source>Base URL of the backup service, e.g. https://firestream.stocktwits.com.</source>
        <translation>Basis-URL des Backup-Dienstes, z. B. https://firestream.stocktwits.com.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>Benutzername.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>benutzer</translation>
    </message>
    <message>
        <source>Use a saved backup account (see &apos;hydrant-cli account&apos;); its password comes from the OS secret store.</source>
        <translation>Ein gespeichertes Backup-Konto verwenden (siehe „hydrant-cli account“); sein Passwort stammt aus dem Passwortspeicher des Betriebssystems.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>types</source>
        <translation>typen</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD).</source>
        <translation>Erster Tag (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD; default: the first day).</source>
        <translation>Letzter Tag (JJJJ-MM-TT; Standard: der erste Tag).</translation>
    </message>
    <message>
        <source>Folder to save the files in.</source>
        <translation>Ordner, in dem die Dateien gespeichert werden.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>ordner</translation>
    </message>
    <message>
        <source>Files downloaded at the same time (default %1).</source>
        <translation>Anzahl gleichzeitig heruntergeladener Dateien (Standard: %1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Print the summary as one JSON object on stdout.</source>
        <translation>Die Zusammenfassung als ein JSON-Objekt auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Das Passwort von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>--type needs at least one file type.</source>
        <translation>--type erfordert mindestens einen Dateityp.</translation>
    </message>
    <message>
        <source>--from is required (YYYY-MM-DD).</source>
        <translation>--from ist erforderlich (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>--from: “%1” is not a date of the form YYYY-MM-DD.</source>
        <translation>--from: „%1“ ist kein Datum im Format JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>--to: “%1” is not a date of the form YYYY-MM-DD.</source>
        <translation>--to: „%1“ ist kein Datum im Format JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to liegt vor --from.</translation>
    </message>
    <message>
        <source>--out is required: the folder to save the files in.</source>
        <translation>--out ist erforderlich: der Ordner, in dem die Dateien gespeichert werden.</translation>
    </message>
    <message>
        <source>Give --base-url and --user, or --profile.</source>
        <translation>Geben Sie --base-url und --user oder --profile an.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation>Authentifizierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>done           %1 (%2)</source>
        <translation>fertig           %1 (%2)</translation>
    </message>
    <message>
        <source>not available  %1</source>
        <translation>nicht verfügbar  %1</translation>
    </message>
    <message>
        <source>failed         %1: %2</source>
        <translation>fehlgeschlagen   %1: %2</translation>
    </message>
    <message>
        <source>summary        %1 done, %2 skipped, %3 not available, %4 failed, %5 downloaded</source>
        <translation>Zusammenfassung  %1 fertig, %2 übersprungen, %3 nicht verfügbar, %4 fehlgeschlagen, %5 heruntergeladen</translation>
    </message>
    <message>
        <source>File types, comma-separated (default: activity,message).</source>
        <translation>Dateitypen, durch Kommas getrennt (Standard: activity,message).</translation>
    </message>
    <message>
        <source>Symbol backups (/symbols/backups/NAME/...) of these metrics, comma-separated or repeated; the names are the ones on your dashboard. Without --type, only these are downloaded.</source>
        <translation>Symbol-Backups (/symbols/backups/NAME/...) dieser Metriken, durch Kommas getrennt oder wiederholt; die Namen sind die aus Ihrem Dashboard. Ohne --type werden nur diese heruntergeladen.</translation>
    </message>
    <message>
        <source>hydrant-cli download: download the daily backup archives of a date range.

Each (type, day) is saved as stocktwits_TYPE_YYYY_MM_DD.gz in --out, written to a .part file first, verified (every gzip member&apos;s CRC32 and length) and only then renamed. An interrupted run resumes where it stopped when started again; days already on disk are skipped.

The password is read from the HYDRANT_PASSWORD environment variable or --password-stdin (never from the command line), or from the secret store with --profile.

Exit codes: 0 every day done, skipped or not available; 1 usage error; 2 authentication failed; 3 some days failed, or a file type was found on none of the days (a wrong type name).</source>
        <translation>hydrant-cli download: die täglichen Backup-Archive eines Datumsbereichs herunterladen.

Jedes Paar (Typ, Tag) wird als stocktwits_TYPE_YYYY_MM_DD.gz in --out gespeichert, zuerst in eine .part-Datei geschrieben, geprüft (CRC32 und Länge jedes gzip-Members) und erst dann umbenannt. Ein unterbrochener Lauf wird beim erneuten Start dort fortgesetzt, wo er aufgehört hat; bereits vorhandene Tage werden übersprungen.

Das Passwort wird aus der Umgebungsvariable HYDRANT_PASSWORD oder aus --password-stdin gelesen (niemals von der Befehlszeile) oder bei --profile aus dem Passwortspeicher.

Exit-Codes: 0 jeder Tag fertig, übersprungen oder nicht verfügbar; 1 Aufruffehler; 2 Authentifizierung fehlgeschlagen; 3 einige Tage fehlgeschlagen oder ein Dateityp an keinem der Tage gefunden (falscher Typname).</translation>
    </message>
    <message>
        <source>--symbols-metric needs at least one metric name.</source>
        <translation>--symbols-metric erfordert mindestens einen Metriknamen.</translation>
    </message>
    <message>
        <source>Not downloaded: authentication failed (%1)</source>
        <translation>Nicht heruntergeladen: Authentifizierung fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>There is no backup account named “%1” (see &apos;hydrant-cli account list&apos;).</source>
        <translation>Es gibt kein Backup-Konto namens „%1“ (siehe „hydrant-cli account list“).</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to download, %1 already on disk, into %2</source>
        <translation>
            <numerusform>%n Datei herunterzuladen, %1 bereits vorhanden, nach %2</numerusform>
            <numerusform>%n Dateien herunterzuladen, %1 bereits vorhanden, nach %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>progress       %1 of %n file(s) finished, %2 running, %3 received, %4/s</source>
        <translation>
            <numerusform>Fortschritt      %1 von %n Datei fertig, %2 aktiv, %3 empfangen, %4/s</numerusform>
            <numerusform>Fortschritt      %1 von %n Dateien fertig, %2 aktiv, %3 empfangen, %4/s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadItem</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Resolving</source>
        <translation>Wird aufgelöst</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>DownloadNotifier</name>
    <message numerus="yes">
        <source>%n file(s) downloaded</source>
        <translation>
            <numerusform>%n Datei heruntergeladen</numerusform>
            <numerusform>%n Dateien heruntergeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not available</source>
        <translation>
            <numerusform>%n nicht verfügbar</numerusform>
            <numerusform>%n nicht verfügbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Hydrant</source>
        <translation>Hydrant</translation>
    </message>
    <message>
        <source>Downloads finished</source>
        <translation>Downloads abgeschlossen</translation>
    </message>
</context>
<context>
    <name>DownloadQueue</name>
    <message>
        <source>Waiting for the password.</source>
        <translation>Warte auf das Passwort.</translation>
    </message>
    <message>
        <source>Retrying now.</source>
        <translation>Wird jetzt erneut versucht.</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n second(s).</source>
        <translation>
            <numerusform>Neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>Neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No “%1” file was found on any of the %n day(s) asked for: the file type “%1” does not seem to exist for this account. Check the list of file types on your dashboard (the documented types are “activity” and “message”).</source>
        <translation>
            <numerusform>Für %n angefragten Tag wurde keine „%1“-Datei gefunden: Der Dateityp „%1“ scheint für dieses Konto nicht zu existieren. Prüfen Sie die Liste der Dateitypen in Ihrem Dashboard (die dokumentierten Typen sind „activity“ und „message“).</numerusform>
            <numerusform>An keinem der %n angefragten Tage wurde eine „%1“-Datei gefunden: Der Dateityp „%1“ scheint für dieses Konto nicht zu existieren. Prüfen Sie die Liste der Dateitypen in Ihrem Dashboard (die dokumentierten Typen sind „activity“ und „message“).</numerusform>
        </translation>
    </message>
    <message>
        <source>The password of the backups account is needed to download.</source>
        <translation>Zum Herunterladen wird das Passwort des Backup-Kontos benötigt.</translation>
    </message>
    <message>
        <source>Gave up after %1 was received for this file of %2, more than Hydrant fetches for one file.</source>
        <translation>Aufgegeben, nachdem für diese Datei von %2 bereits %1 empfangen wurden, mehr als Hydrant für eine Datei abruft.</translation>
    </message>
    <message>
        <source>Gave up after %1 was received for this file of unknown size, more than Hydrant fetches for one file.</source>
        <translation>Aufgegeben, nachdem für diese Datei unbekannter Größe bereits %1 empfangen wurden, mehr als Hydrant für eine Datei abruft.</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n tries.</source>
        <translation>
            <numerusform>Aufgegeben nach %n Versuch.</numerusform>
            <numerusform>Aufgegeben nach %n Versuchen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n failed tries in a row.</source>
        <translation>
            <numerusform>Aufgegeben nach %n fehlgeschlagenen Versuch in Folge.</numerusform>
            <numerusform>Aufgegeben nach %n fehlgeschlagenen Versuchen in Folge.</numerusform>
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
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DownloadStateStore</name>
    <message>
        <source>The saved download queue cannot be read: %1</source>
        <translation>Die gespeicherte Download-Warteschlange kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The saved download queue is damaged (%1); starting with an empty queue.</source>
        <translation>Die gespeicherte Download-Warteschlange ist beschädigt (%1); es wird mit einer leeren Warteschlange begonnen.</translation>
    </message>
    <message>
        <source>The saved download queue comes from another version; starting with an empty queue.</source>
        <translation>Die gespeicherte Download-Warteschlange stammt aus einer anderen Version; es wird mit einer leeren Warteschlange begonnen.</translation>
    </message>
    <message>
        <source>The download queue cannot be saved to %1: %2</source>
        <translation>Die Download-Warteschlange kann nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>DownloadTask</name>
    <message>
        <source>Already on disk.</source>
        <translation>Bereits vorhanden.</translation>
    </message>
    <message>
        <source>The download folder %1 does not exist.</source>
        <translation>Der Download-Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Permission denied: Hydrant may not write into %1. Choose another download folder or change its permissions.</source>
        <translation>Zugriff verweigert: Hydrant darf nicht in %1 schreiben. Wählen Sie einen anderen Download-Ordner oder ändern Sie dessen Berechtigungen.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be written (%2). Free some space or choose another download folder; the download resumes where it stopped.</source>
        <translation>Der Datenträger ist voll: %1 konnte nicht geschrieben werden (%2). Geben Sie Speicherplatz frei oder wählen Sie einen anderen Download-Ordner; der Download wird dort fortgesetzt, wo er aufgehört hat.</translation>
    </message>
    <message>
        <source>Permission denied while writing %1.</source>
        <translation>Zugriff verweigert beim Schreiben von %1.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The download from %1 was interrupted after %2: %3</source>
        <translation>Der Download von %1 wurde nach %2 unterbrochen: %3</translation>
    </message>
    <message>
        <source>The connection closed after %1 of %2.</source>
        <translation>Die Verbindung wurde nach %1 von %2 geschlossen.</translation>
    </message>
    <message>
        <source>The storage redirected the download somewhere it cannot be followed. %1</source>
        <translation>Der Speicherserver hat den Download an ein Ziel umgeleitet, dem nicht gefolgt werden kann. %1</translation>
    </message>
    <message>
        <source>The download link keeps expiring (HTTP %1).</source>
        <translation>Der Download-Link läuft immer wieder ab (HTTP %1).</translation>
    </message>
    <message>
        <source>The downloaded file failed verification and was deleted. %1</source>
        <translation>Die heruntergeladene Datei hat die Prüfung nicht bestanden und wurde gelöscht. %1</translation>
    </message>
    <message>
        <source>%1 cannot be renamed to %2: %3</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: %2</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The storage host sent more than %1 without saying how long the file is; the download was stopped and its partial file deleted.</source>
        <translation>Der Speicherserver hat mehr als %1 gesendet, ohne die Dateigröße anzugeben; der Download wurde gestoppt und die Teildatei gelöscht.</translation>
    </message>
    <message>
        <source>The storage host answered with other bytes than the ones asked for; the download starts over from zero.</source>
        <translation>Der Speicherserver hat mit anderen Bytes als den angeforderten geantwortet; der Download beginnt von vorn.</translation>
    </message>
    <message>
        <source> The storage host ignored the request to resume, so the download started over from zero.</source>
        <translation> Der Speicherserver hat die Anfrage zum Fortsetzen ignoriert, daher hat der Download von vorn begonnen.</translation>
    </message>
    <message>
        <source>The storage host refused to resume the download (HTTP 416); it starts over from zero.</source>
        <translation>Der Speicherserver hat das Fortsetzen des Downloads abgelehnt (HTTP 416); er beginnt von vorn.</translation>
    </message>
</context>
<context>
    <name>EndpointPolicy</name>
    <message>
        <source>“%1” is not a valid web address.</source>
        <translation>„%1“ ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>Addresses with a user name or password in them are refused; enter the credentials in the account instead.</source>
        <translation>Adressen, die einen Benutzernamen oder ein Passwort enthalten, werden abgelehnt; geben Sie die Zugangsdaten stattdessen im Konto ein.</translation>
    </message>
    <message>
        <source>Plain http:// is refused for %1: credentials and data must travel encrypted. Use https://.</source>
        <translation>Unverschlüsseltes http:// wird für %1 abgelehnt: Zugangsdaten und Daten müssen verschlüsselt übertragen werden. Verwenden Sie https://.</translation>
    </message>
    <message>
        <source>The scheme “%1” is not supported; use https://.</source>
        <translation>Das Schema „%1“ wird nicht unterstützt; verwenden Sie https://.</translation>
    </message>
    <message>
        <source>Plain http:// is refused for localhost here: on this computer the name does not lead to loopback addresses only. Use http://127.0.0.1 or https://.</source>
        <translation>Unverschlüsseltes http:// wird hier für localhost abgelehnt: Auf diesem Computer führt der Name nicht ausschließlich zu Loopback-Adressen. Verwenden Sie http://127.0.0.1 oder https://.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export the messages of saved files that match a query, as CSV or JSON lines.</source>
        <translation>Die Nachrichten gespeicherter Dateien, die einer Abfrage entsprechen, als CSV oder JSON-Lines exportieren.</translation>
    </message>
    <message>
        <source>Only messages that match QUERY (the query language of the Files search).</source>
        <translation>Nur Nachrichten, die ABFRAGE entsprechen (die Abfragesprache der Suche auf der Seite „Dateien“).</translation>
    </message>
    <message>
        <source>query</source>
        <translation>abfrage</translation>
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
        <translation>In DATEI schreiben; - (Standard) ist die Standardausgabe.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>DATEI...</translation>
    </message>
    <message>
        <source>--query: %1</source>
        <translation>--query: %1</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Auf die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Give at least one file or folder to export.</source>
        <translation>Geben Sie mindestens eine Datei oder einen Ordner zum Exportieren an.</translation>
    </message>
    <message>
        <source>csv, jsonl or jsonl.gz (default: from the output name, else jsonl).</source>
        <translation>csv, jsonl oder jsonl.gz (Standard: aus dem Namen der Ausgabedatei, sonst jsonl).</translation>
    </message>
    <message>
        <source>CSV columns, comma-separated: %1 (the default), %2.</source>
        <translation>CSV-Spalten, durch Kommas getrennt: %1 (Standard), %2.</translation>
    </message>
    <message>
        <source>hydrant-cli export FILE... [--query Q] [--format csv|jsonl|jsonl.gz] [--columns …] [-o OUT]: the messages that match, times in ISO 8601 UTC, symbols without $, text decoded.</source>
        <translation>hydrant-cli export DATEI... [--query Q] [--format csv|jsonl|jsonl.gz] [--columns …] [-o AUSGABE]: die passenden Nachrichten, Zeiten in ISO 8601 UTC, Symbole ohne $, Text dekodiert.</translation>
    </message>
    <message>
        <source>--format is csv, jsonl or jsonl.gz, not “%1”.</source>
        <translation>--format muss csv, jsonl oder jsonl.gz sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The .jsonl.gz or .jsonl files, or folders of them, exported in time order; - reads standard input.</source>
        <translation>Die .jsonl.gz- oder .jsonl-Dateien oder Ordner damit, in zeitlicher Reihenfolge exportiert; - liest die Standardeingabe.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Lines to export</source>
        <translation>Zu exportierende Zeilen</translation>
    </message>
    <message>
        <source>Search results (%1 lines)</source>
        <translation>Suchergebnisse (%1 Zeilen)</translation>
    </message>
    <message>
        <source>Selected rows (%1 lines)</source>
        <translation>Ausgewählte Zeilen (%1 Zeilen)</translation>
    </message>
    <message>
        <source>Bookmarks (%1 lines)</source>
        <translation>Lesezeichen (%1 Zeilen)</translation>
    </message>
    <message>
        <source>JSON lines, gzip-compressed (.jsonl.gz)</source>
        <translation>JSON-Lines, gzip-komprimiert (.jsonl.gz)</translation>
    </message>
    <message>
        <source>JSON lines (.jsonl)</source>
        <translation>JSON-Lines (.jsonl)</translation>
    </message>
    <message>
        <source>CSV with chosen columns (.csv)</source>
        <translation>CSV mit ausgewählten Spalten (.csv)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl.gz *.jsonl);;CSV (*.csv);;All files (*)</source>
        <translation>JSON-Lines (*.jsonl.gz *.jsonl);;CSV (*.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Open the folder the export was written to</source>
        <translation>Den Ordner öffnen, in den exportiert wurde</translation>
    </message>
    <message>
        <source>Open the exported file in the application the desktop chooses</source>
        <translation>Die exportierte Datei in der Anwendung öffnen, die der Desktop wählt</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <extracomment>After an export: &quot;Exported 1,204 rows to day-export.jsonl.gz.&quot;</extracomment>
        <translation>
            <numerusform>%Ln Zeile nach %1 exportiert.</numerusform>
            <numerusform>%Ln Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation>Der Export nach %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>No application could open the folder %1.</source>
        <translation>Keine Anwendung konnte den Ordner %1 öffnen.</translation>
    </message>
    <message>
        <source>No application could open %1; it is in %2.</source>
        <translation>Keine Anwendung konnte %1 öffnen; die Datei liegt in %2.</translation>
    </message>
</context>
<context>
    <name>ExportRequest</name>
    <message>
        <source>Name the file to export to.</source>
        <translation>Geben Sie die Datei an, in die exportiert werden soll.</translation>
    </message>
    <message>
        <source>A CSV export needs at least one column.</source>
        <translation>Ein CSV-Export benötigt mindestens eine Spalte.</translation>
    </message>
</context>
<context>
    <name>FeedModel</name>
    <message>
        <source>(malformed)</source>
        <translation>(fehlerhaft)</translation>
    </message>
</context>
<context>
    <name>FeedView</name>
    <message>
        <source>Copy as JSON</source>
        <translation>Als JSON kopieren</translation>
    </message>
    <message>
        <source>↑ %1 new</source>
        <translation>↑ %1 neue</translation>
    </message>
    <message>
        <source>↓ %1 new</source>
        <translation>↓ %1 neue</translation>
    </message>
    <message>
        <source>Jump to the newest message and follow the stream again</source>
        <translation>Zur neuesten Nachricht springen und dem Stream wieder folgen</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <source>Jump to newest</source>
        <translation>Zum Neuesten springen</translation>
    </message>
</context>
<context>
    <name>FileDocument</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The name of this file suggests %1, but it holds %2; it is read as what it holds.</source>
        <translation>Der Name dieser Datei deutet auf %1 hin, sie enthält aber %2; sie wird entsprechend ihrem Inhalt gelesen.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>%1 does not hold JSON lines or an archive Hydrant can read: it is binary data of an unknown kind (it starts with the bytes %2).</source>
        <translation>%1 enthält weder JSON-Lines noch ein Archiv, das Hydrant lesen kann: Es handelt sich um Binärdaten unbekannter Art (sie beginnen mit den Bytes %2).</translation>
    </message>
    <message>
        <source>The archive holds no files.</source>
        <translation>Das Archiv enthält keine Dateien.</translation>
    </message>
    <message>
        <source>The archive holds only files whose names are not safe to use.</source>
        <translation>Das Archiv enthält nur Dateien, deren Namen nicht sicher verwendet werden können.</translation>
    </message>
    <message>
        <source>Cannot create a temporary file in %1 for the extracted data: %2</source>
        <translation>In %1 kann keine temporäre Datei für die entpackten Daten erstellt werden: %2</translation>
    </message>
    <message>
        <source>The archive member name &quot;%1&quot; is not safe to use; it is not opened.</source>
        <translation>Der Name des Archiveintrags „%1“ kann nicht sicher verwendet werden; er wird nicht geöffnet.</translation>
    </message>
    <message>
        <source>The archive holds several files; open one of them to read it.</source>
        <translation>Das Archiv enthält mehrere Dateien; öffnen Sie eine davon, um sie zu lesen.</translation>
    </message>
    <message>
        <source>Indexing stopped before the end of the file.</source>
        <translation>Die Indizierung endete vor dem Ende der Datei.</translation>
    </message>
    <message>
        <source>Indexing was stopped: only the first %1 of the file can be browsed and searched.</source>
        <translation>Die Indizierung wurde gestoppt: Nur die ersten %1 der Datei können durchsucht und angezeigt werden.</translation>
    </message>
    <message>
        <source>None of the lines is a JSON object: this does not look like a JSON-lines file.</source>
        <translation>Keine der Zeilen ist ein JSON-Objekt: Dies scheint keine JSON-Lines-Datei zu sein.</translation>
    </message>
    <message>
        <source>Indexing… %1 of %2, %3 lines</source>
        <translation>Indizierung… %1 von %2, %3 Zeilen</translation>
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
        <translation> — noch etwa %1</translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation>Zeilen: %1</translation>
    </message>
    <message>
        <source>%1 of content</source>
        <translation>%1 Inhalt</translation>
    </message>
    <message>
        <source>index from the cache</source>
        <translation>Index aus dem Cache</translation>
    </message>
    <message>
        <source>The file was replaced by another one with the same name: it was read again from the start.</source>
        <translation>Die Datei wurde durch eine andere mit demselben Namen ersetzt: Sie wurde von Anfang an neu gelesen.</translation>
    </message>
    <message>
        <source>The file became shorter (it was truncated or rewritten): it was read again from the start.</source>
        <translation>Die Datei ist kürzer geworden (gekürzt oder neu geschrieben): Sie wurde von Anfang an neu gelesen.</translation>
    </message>
</context>
<context>
    <name>FileDocumentModel</name>
    <message>
        <source>(line of %1, shown cut)</source>
        <translation>(Zeile mit %1, gekürzt angezeigt)</translation>
    </message>
</context>
<context>
    <name>FileExporter</name>
    <message>
        <source>The file is not open.</source>
        <translation>Die Datei ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Some lines could not be read; nothing was written.</source>
        <translation>Einige Zeilen konnten nicht gelesen werden; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>FileFormat</name>
    <message>
        <source>an empty file</source>
        <translation>eine leere Datei</translation>
    </message>
    <message>
        <source>gzip-compressed data</source>
        <translation>gzip-komprimierte Daten</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>reiner Text</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>ein ZIP-Archiv</translation>
    </message>
    <message>
        <source>a tar archive</source>
        <translation>ein TAR-Archiv</translation>
    </message>
    <message>
        <source>a 7z archive</source>
        <translation>ein 7z-Archiv</translation>
    </message>
    <message>
        <source>xz-compressed data</source>
        <translation>xz-komprimierte Daten</translation>
    </message>
    <message>
        <source>bzip2-compressed data</source>
        <translation>bzip2-komprimierte Daten</translation>
    </message>
    <message>
        <source>zstd-compressed data</source>
        <translation>zstd-komprimierte Daten</translation>
    </message>
    <message>
        <source>binary data of an unknown kind</source>
        <translation>Binärdaten unbekannter Art</translation>
    </message>
</context>
<context>
    <name>FileIndexer</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>Das Lesen der Datei ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The compressed data is damaged after %1 of content: %2. Everything before it is shown.</source>
        <translation>Die komprimierten Daten sind nach %1 Inhalt beschädigt: %2. Alles davor wird angezeigt.</translation>
    </message>
    <message>
        <source>Cannot write the extracted data to the cache folder: %1</source>
        <translation>Die entpackten Daten können nicht in den Cache-Ordner geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The file ends unexpectedly after %1 (%2 decompressed): it is truncated. Everything before that point is shown.</source>
        <translation>Die Datei endet unerwartet nach %1 (%2 entpackt): Sie ist abgeschnitten. Alles vor dieser Stelle wird angezeigt.</translation>
    </message>
    <message>
        <source>The file holds %1 of data that is not gzip after the end of the compressed stream (at byte %2); it was ignored.</source>
        <translation>Die Datei enthält nach dem Ende des komprimierten Streams %1 Daten, die kein gzip sind (ab Byte %2); sie wurden ignoriert.</translation>
    </message>
    <message>
        <source>at compressed byte %1 (after %2 of content)</source>
        <translation>bei komprimiertem Byte %1 (nach %2 Inhalt)</translation>
    </message>
    <message>
        <source>Member %1 of the file fails its checksum %2: the data may be corrupted. Everything before that point is shown.</source>
        <translation>Prüfsummenfehler in gzip-Member %1 der Datei %2: Die Daten sind möglicherweise beschädigt. Alles vor dieser Stelle wird angezeigt.</translation>
    </message>
    <message>
        <source>The compressed data is damaged %1 (%2). Everything before that point is shown.</source>
        <translation>Die komprimierten Daten sind %1 beschädigt (%2). Alles vor dieser Stelle wird angezeigt.</translation>
    </message>
    <message>
        <source>There is not enough memory to index this file.</source>
        <translation>Für die Indizierung dieser Datei ist nicht genug Arbeitsspeicher vorhanden.</translation>
    </message>
    <message>
        <source>Its last line is cut off after %1 and is not counted.</source>
        <translation>Ihre letzte Zeile ist nach %1 abgeschnitten und wird nicht gezählt.</translation>
    </message>
</context>
<context>
    <name>FileSearch</name>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 — searching %2 %</source>
        <translation>%1 — Suche läuft, %2 %</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln Treffer</numerusform>
            <numerusform>%Ln Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Search results appear here.</source>
        <translation>Suchergebnisse werden hier angezeigt.</translation>
    </message>
    <message>
        <source>Search results: %1 — %2</source>
        <translation>Suchergebnisse: %1 — %2</translation>
    </message>
    <message>
        <source> (the first %1 are listed)</source>
        <translation> (die ersten %1 werden aufgeführt)</translation>
    </message>
</context>
<context>
    <name>FileSearchBar</name>
    <message>
        <source>&lt;p&gt;Searches the whole file; matching lines fill the pane below.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Query&lt;/b&gt;: the query language below&lt;/li&gt;&lt;li&gt;&lt;b&gt;Text&lt;/b&gt;: the exact text, even if it looks like a query&lt;/li&gt;&lt;li&gt;&lt;b&gt;Regex&lt;/b&gt;: one regular expression on the text&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Durchsucht die ganze Datei; passende Zeilen erscheinen im Bereich darunter.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Abfrage&lt;/b&gt;: die unten beschriebene Abfragesprache&lt;/li&gt;&lt;li&gt;&lt;b&gt;Text&lt;/b&gt;: genau dieser Text, auch wenn er wie eine Abfrage aussieht&lt;/li&gt;&lt;li&gt;&lt;b&gt;Regex&lt;/b&gt;: ein regulärer Ausdruck für den Text&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search the whole file</source>
        <translation>Die ganze Datei durchsuchen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the search</source>
        <translation>Die Suche stoppen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Next match after the selected line</source>
        <translation>Nächster Treffer nach der ausgewählten Zeile</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>Previous match before the selected line</source>
        <translation>Vorheriger Treffer vor der ausgewählten Zeile</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Search: words, $TSLA, @user, sentiment:bullish, OR, NOT …</source>
        <translation>Suche: Wörter, $TSLA, @user, sentiment:bullish, OR, NOT …</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
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
        <translation>Zurück zu den Stunden</translation>
    </message>
    <message>
        <source>Click a bar to go to its first message; double-click an hour to see its minutes.</source>
        <translation>Klicken Sie auf einen Balken, um zu seiner ersten Nachricht zu gehen; doppelklicken Sie auf eine Stunde, um ihre Minuten anzuzeigen.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Top symbols (click one to search for it)</source>
        <translation>Top-Symbole (zum Suchen auf eines klicken)</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <source>Bullish</source>
        <translation>Bullish</translation>
    </message>
    <message>
        <source>Bearish</source>
        <translation>Bearish</translation>
    </message>
    <message>
        <source>No sentiment</source>
        <translation>Kein Sentiment</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 Nachrichten</translation>
    </message>
    <message>
        <source>%1 malformed lines</source>
        <translation>%1 fehlerhafte Zeilen</translation>
    </message>
    <message>
        <source>%1 system messages</source>
        <translation>%1 Systemnachrichten</translation>
    </message>
    <message>
        <source>times are not in order</source>
        <translation>Zeiten nicht chronologisch sortiert</translation>
    </message>
    <message>
        <source>Messages per minute, %1 %2</source>
        <extracomment>The hour a chart of minutes shows and its time zone: &quot;2024-03-04 15:00 CET&quot;.</extracomment>
        <translation>Nachrichten pro Minute, %1 %2</translation>
    </message>
    <message>
        <source>Messages per hour (%1)</source>
        <extracomment>The title of the chart of messages per hour, with the zone of its hours.</extracomment>
        <translation>Nachrichten pro Stunde (%1)</translation>
    </message>
    <message>
        <source>from %1 to %2 %3</source>
        <extracomment>The time a file covers and its time zone: &quot;from 2024-03-04 09:30:00 to … CET&quot;.</extracomment>
        <translation>von %1 bis %2 %3</translation>
    </message>
</context>
<context>
    <name>FileView</name>
    <message>
        <source>This file cannot be opened</source>
        <translation>Diese Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Reading the list of files in the archive…</source>
        <translation>Die Liste der Dateien im Archiv wird gelesen…</translation>
    </message>
    <message>
        <source>Go to Line…</source>
        <translation>Gehe zu Zeile…</translation>
    </message>
    <message>
        <source>Go to a line by its number</source>
        <translation>Zu einer Zeile anhand ihrer Nummer gehen</translation>
    </message>
    <message>
        <source>Go to Time…</source>
        <translation>Gehe zu Zeit…</translation>
    </message>
    <message>
        <source>Go to the first message at or after a time</source>
        <translation>Zur ersten Nachricht zu oder nach einem Zeitpunkt gehen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Write search results, selected rows or bookmarks to .jsonl.gz or CSV</source>
        <translation>Suchergebnisse, ausgewählte Zeilen oder Lesezeichen als .jsonl.gz oder CSV speichern</translation>
    </message>
    <message>
        <source>Show the whole line</source>
        <translation>Ganze Zeile anzeigen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Stop indexing</source>
        <translation>Indizierung stoppen</translation>
    </message>
    <message>
        <source>Stop reading the file; the lines indexed so far stay available</source>
        <translation>Das Lesen der Datei stoppen; die bisher indizierten Zeilen bleiben verfügbar</translation>
    </message>
    <message>
        <source>Export %p%</source>
        <translation>Export %p %</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Line %1 · %2</source>
        <translation>Zeile %1 · %2</translation>
    </message>
    <message>
        <source> — the table shows its first %1</source>
        <translation> — die Tabelle zeigt die ersten %1</translation>
    </message>
    <message>
        <source> · bookmarked</source>
        <translation> · mit Lesezeichen</translation>
    </message>
    <message>
        <source>Line %1 · %2, shown whole</source>
        <translation>Zeile %1 · %2, vollständig angezeigt</translation>
    </message>
    <message>
        <source>The line could not be read in full.</source>
        <translation>Die Zeile konnte nicht vollständig gelesen werden.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>Line (1 to %1):</source>
        <translation>Zeile (1 bis %1):</translation>
    </message>
    <message>
        <source>Go to Time</source>
        <translation>Gehe zu Zeit</translation>
    </message>
    <message>
        <source>The messages of this file carry no time stamps.</source>
        <translation>Die Nachrichten dieser Datei haben keine Zeitstempel.</translation>
    </message>
    <message>
        <source>No message is that late.</source>
        <translation>Es gibt keine so späte Nachricht.</translation>
    </message>
    <message>
        <source>Go To</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <source>Go to a line by its number, or to a time</source>
        <translation>Zu einer Zeile anhand ihrer Nummer oder zu einem Zeitpunkt gehen</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>No file open</source>
        <translation>Keine Datei geöffnet</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Close Tab</source>
        <translation>Tab schließen</translation>
    </message>
    <message>
        <source>Open a saved archive (.jsonl.gz, .ndjson, .gz) with File → Open, or drop it on this window. Several files, or a folder of daily files, open together as one dataset.</source>
        <translation>Öffnen Sie ein gespeichertes Archiv (.jsonl.gz, .ndjson, .gz) über Datei → Öffnen oder ziehen Sie es auf dieses Fenster. Mehrere Dateien oder ein Ordner mit Tagesdateien werden zusammen als ein Datensatz geöffnet.</translation>
    </message>
</context>
<context>
    <name>FirehoseClient</name>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Stockt</translation>
    </message>
    <message>
        <source>Waiting to reconnect</source>
        <translation>Warte auf Neuverbindung</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Ratenbegrenzt</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Enter the user name and password of the stream account.</source>
        <translation>Geben Sie den Benutzernamen und das Passwort des Stream-Kontos ein.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Getrennt.</translation>
    </message>
    <message>
        <source>At most %1 connection requests per minute are allowed; next attempt in %2 s.</source>
        <translation>Es sind höchstens %1 Verbindungsanfragen pro Minute erlaubt; nächster Versuch in %2 s.</translation>
    </message>
    <message>
        <source>Reconnecting to %1…</source>
        <translation>Neuverbindung mit %1…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>The server sent the stream uncompressed.</source>
        <translation>Der Server hat den Stream unkomprimiert gesendet.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <source>The stream could not be decompressed: %1</source>
        <translation>Der Stream konnte nicht entpackt werden: %1</translation>
    </message>
    <message>
        <source>The server ended the stream.</source>
        <translation>Der Server hat den Stream beendet.</translation>
    </message>
    <message>
        <source>The connection dropped: %1</source>
        <translation>Die Verbindung wurde unterbrochen: %1</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. If the server uses a private certificate authority, add its certificate (%3).</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. Wenn der Server eine private Zertifizierungsstelle verwendet, fügen Sie deren Zertifikat hinzu (%3).</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s.</source>
        <translation>Keine Antwort von %1 innerhalb von %2 s.</translation>
    </message>
    <message>
        <source>No data for %1 s: the connection stalled.</source>
        <translation>Seit %1 s keine Daten: Die Verbindung stockt.</translation>
    </message>
    <message>
        <source>An incomplete line was discarded.</source>
        <translation>Eine unvollständige Zeile wurde verworfen.</translation>
    </message>
    <message>
        <source>An incomplete event was discarded.</source>
        <translation>Ein unvollständiges Ereignis wurde verworfen.</translation>
    </message>
    <message>
        <source>Reconnecting to %1 (attempt %2).</source>
        <translation>Neuverbindung mit %1 (Versuch %2).</translation>
    </message>
    <message>
        <source>Connecting to %1.</source>
        <translation>Verbindung mit %1 wird hergestellt.</translation>
    </message>
    <message>
        <source>Connected to %1, resuming after item %2 (%3=%2).</source>
        <translation>Verbunden mit %1, Fortsetzung nach Eintrag %2 (%3=%2).</translation>
    </message>
    <message>
        <source>A line longer than the limit of %1 was dropped (such lines are counted as too long and never shown; the limit is the “Longest line” preference).</source>
        <translation>Eine Zeile über der Grenze von %1 wurde verworfen (solche Zeilen werden als zu lang gezählt und nie angezeigt; die Grenze ist die Einstellung „Längste Zeile“).</translation>
    </message>
    <message>
        <source>The service could not continue after item %1: the items after it are missing.</source>
        <translation>Der Dienst konnte nach Eintrag %1 nicht fortsetzen: Die Einträge danach fehlen.</translation>
    </message>
    <message>
        <source>Next attempt in %1 s (attempt %2).</source>
        <translation>Nächster Versuch in %1 s (Versuch %2).</translation>
    </message>
</context>
<context>
    <name>GoToTimeDialog</name>
    <message>
        <source>Go to Time</source>
        <translation>Gehe zu Zeit</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM:SS</source>
        <translation>JJJJ-MM-TT HH:MM:SS</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <source>For example %1 or %2</source>
        <translation>Zum Beispiel %1 oder %2</translation>
    </message>
    <message>
        <source>The first message at or after this time (%1):</source>
        <extracomment>%1 is the time zone the field is read in: &quot;UTC&quot;, &quot;CET&quot;.</extracomment>
        <translation>Die erste Nachricht zu oder nach diesem Zeitpunkt (%1):</translation>
    </message>
</context>
<context>
    <name>GzipReader</name>
    <message>
        <source>No access point before offset %1.</source>
        <translation>Kein Zugriffspunkt vor Offset %1.</translation>
    </message>
    <message>
        <source>Cannot start decompressing at offset %1.</source>
        <translation>Das Entpacken kann nicht bei Offset %1 beginnen.</translation>
    </message>
    <message>
        <source>Invalid compressed data: %1</source>
        <translation>Ungültige komprimierte Daten: %1</translation>
    </message>
</context>
<context>
    <name>GzipStreamDecoder</name>
    <message>
        <source>The compressed stream is corrupt (%1).</source>
        <translation>Der komprimierte Stream ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>The compressed stream is corrupt (data that is not gzip follows a member).</source>
        <translation>Der komprimierte Stream ist beschädigt (auf ein Mitglied folgen Daten, die kein gzip sind).</translation>
    </message>
</context>
<context>
    <name>GzipVerifier</name>
    <message>
        <source>The file is not gzip-compressed.</source>
        <translation>Die Datei ist nicht gzip-komprimiert.</translation>
    </message>
    <message>
        <source>The file has unexpected data after its last gzip member (at byte %1).</source>
        <translation>Die Datei enthält nach ihrem letzten gzip-Member unerwartete Daten (ab Byte %1).</translation>
    </message>
    <message>
        <source>The file is corrupt: gzip member %1 (from byte %2) fails its check (%3).</source>
        <translation>Die Datei ist beschädigt: gzip-Member %1 (ab Byte %2) besteht die Prüfung nicht (%3).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is incomplete: gzip member %1 is cut short after %2 bytes.</source>
        <translation>Die Datei ist unvollständig: gzip-Member %1 bricht nach %2 Bytes ab.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Verification was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>it is shorter than expected</source>
        <translation>sie ist kürzer als erwartet</translation>
    </message>
</context>
<context>
    <name>HttpStatusRule</name>
    <message>
        <source> The server said: “%1”</source>
        <translation> Der Server meldete: „%1“</translation>
    </message>
    <message>
        <source>The server refused the user name or password (HTTP 401). Check the account and enter the password again.</source>
        <translation>Der Server hat den Benutzernamen oder das Passwort abgelehnt (HTTP 401). Prüfen Sie das Konto und geben Sie das Passwort erneut ein.</translation>
    </message>
    <message>
        <source>The server refused the request as not acceptable (HTTP 406): the stream must be requested with gzip compression.</source>
        <translation>Der Server hat die Anfrage als nicht annehmbar abgelehnt (HTTP 406): Der Stream muss mit gzip-Komprimierung angefordert werden.</translation>
    </message>
    <message>
        <source>Rate limited by the server (HTTP %1): too many connection requests.</source>
        <translation>Ratenbegrenzung durch den Server (HTTP %1): zu viele Verbindungsanfragen.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server redirected the stream (HTTP %1); paste the final stream URL into the account.</source>
        <translation>Der Server hat den Stream umgeleitet (HTTP %1); fügen Sie die endgültige Stream-URL in das Konto ein.</translation>
    </message>
    <message>
        <source>The server refused the stream (HTTP %1).</source>
        <translation>Der Server hat den Stream verweigert (HTTP %1).</translation>
    </message>
    <message>
        <source>The backup service refused the request (bad date or file type).</source>
        <translation>Der Backup-Dienst hat die Anfrage abgelehnt (ungültiges Datum oder ungültiger Dateityp).</translation>
    </message>
    <message>
        <source>The user name or password was not accepted.</source>
        <translation>Der Benutzername oder das Passwort wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>This account may not download this file.</source>
        <translation>Dieses Konto darf diese Datei nicht herunterladen.</translation>
    </message>
    <message>
        <source>There is no file for this day.</source>
        <translation>Für diesen Tag gibt es keine Datei.</translation>
    </message>
    <message>
        <source>The backup service is having trouble (HTTP %1).</source>
        <translation>Der Backup-Dienst hat Probleme (HTTP %1).</translation>
    </message>
    <message>
        <source>The backup service answered HTTP %1 instead of a download link.</source>
        <translation>Der Backup-Dienst hat mit HTTP %1 statt mit einem Download-Link geantwortet.</translation>
    </message>
    <message>
        <source>The download link expired (HTTP %1).</source>
        <translation>Der Download-Link ist abgelaufen (HTTP %1).</translation>
    </message>
    <message>
        <source>The storage host is having trouble (HTTP %1).</source>
        <translation>Der Speicherserver hat Probleme (HTTP %1).</translation>
    </message>
    <message>
        <source>The storage host refused the download (HTTP %1).</source>
        <translation>Der Speicherserver hat den Download abgelehnt (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>HttpStreamConnection</name>
    <message>
        <source>The server&apos;s answer has more than %1 KiB of headers.</source>
        <translation>Die Antwort des Servers hat mehr als %1 KiB an Kopfzeilen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid HTTP.</source>
        <translation>Die Antwort des Servers ist kein gültiges HTTP.</translation>
    </message>
    <message>
        <source>The server&apos;s answer broke its chunked framing.</source>
        <translation>Die Antwort des Servers verletzt ihre Chunked-Kodierung.</translation>
    </message>
    <message>
        <source>The server closed the connection before the answer was complete.</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation>Der Server hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Indexing…</source>
        <translation>Indizierung…</translation>
    </message>
    <message>
        <source>Count, search and summarise a saved archive.</source>
        <translation>Ein gespeichertes Archiv zählen, durchsuchen und zusammenfassen.</translation>
    </message>
    <message>
        <source>Count lines, messages and malformed lines (with --grep: count matches).</source>
        <translation>Zeilen, Nachrichten und fehlerhafte Zeilen zählen (mit --grep: Treffer zählen).</translation>
    </message>
    <message>
        <source>Messages per hour, top symbols and the sentiment share.</source>
        <translation>Nachrichten pro Stunde, Top-Symbole und Anteile des Sentiments.</translation>
    </message>
    <message>
        <source>Print line N (the first line is 1).</source>
        <translation>Zeile N ausgeben (die erste Zeile ist 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The member to read in a zip, tar or 7z archive.</source>
        <translation>Der Eintrag, der aus einem ZIP-, TAR- oder 7z-Archiv gelesen werden soll.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Symbols listed by --stats (default 10).</source>
        <translation>Anzahl der von --stats aufgeführten Symbole (Standard: 10).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>Die Ergebnisse als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Neither read nor write the index cache.</source>
        <translation>Den Index-Cache weder lesen noch schreiben.</translation>
    </message>
    <message>
        <source>--grep needs a pattern.</source>
        <translation>--grep erfordert ein Muster.</translation>
    </message>
    <message>
        <source>The archive holds several files; choose one with --member:</source>
        <translation>Das Archiv enthält mehrere Dateien; wählen Sie eine mit --member aus:</translation>
    </message>
    <message>
        <source>The last line is line %1.</source>
        <translation>Die letzte Zeile ist Zeile %1.</translation>
    </message>
    <message>
        <source>Cannot read line %1.</source>
        <translation>Zeile %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Messages per hour (UTC):</source>
        <translation>Nachrichten pro Stunde (UTC):</translation>
    </message>
    <message>
        <source>Top symbols:</source>
        <translation>Top-Symbole:</translation>
    </message>
    <message>
        <source>Sentiment: %1 % bullish, %2 % bearish, %3 % without</source>
        <translation>Sentiment: %1 % bullish, %2 % bearish, %3 % ohne</translation>
    </message>
    <message>
        <source>File:          %1</source>
        <translation>Datei:         %1</translation>
    </message>
    <message>
        <source>Format:        %1</source>
        <translation>Format:        %1</translation>
    </message>
    <message>
        <source>Lines:         %1</source>
        <translation>Zeilen:        %1</translation>
    </message>
    <message>
        <source>Messages:      %1</source>
        <translation>Nachrichten:   %1</translation>
    </message>
    <message>
        <source>Malformed:     %1</source>
        <translation>Fehlerhaft:    %1</translation>
    </message>
    <message>
        <source>Uncompressed:  %1</source>
        <translation>Unkomprimiert: %1</translation>
    </message>
    <message>
        <source>Time span:     %1 to %2</source>
        <translation>Zeitraum:      %1 bis %2</translation>
    </message>
    <message>
        <source>Complete:      %1</source>
        <translation>Vollständig:   %1</translation>
    </message>
    <message>
        <source>no, the file is truncated or damaged</source>
        <translation>nein, die Datei ist abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Print the messages that match QUERY: words, &quot;phrases&quot;, $TSLA, @user, sentiment:bullish, id:, kind:, before:/after: times, /regex/, AND, OR, NOT and parentheses. Exit status 1 when nothing matches, as grep.</source>
        <translation>Die Nachrichten ausgeben, die ABFRAGE entsprechen: Wörter, &quot;Phrasen&quot;, $TSLA, @user, sentiment:bullish, id:, kind:, Zeiten mit before:/after:, /regex/, AND, OR, NOT und Klammern. Exit-Status 1, wenn nichts passt, wie bei grep.</translation>
    </message>
    <message>
        <source>query</source>
        <translation>abfrage</translation>
    </message>
    <message>
        <source>QUERY is one regular expression.</source>
        <translation>ABFRAGE ist ein regulärer Ausdruck.</translation>
    </message>
    <message>
        <source>Ignore case (the default).</source>
        <translation>Groß-/Kleinschreibung ignorieren (Standard).</translation>
    </message>
    <message>
        <source>Compare words and expressions with their case.</source>
        <translation>Wörter und Ausdrücke unter Beachtung der Groß-/Kleinschreibung vergleichen.</translation>
    </message>
    <message>
        <source>Cut line:      %1 at the end, without a terminator (not counted)</source>
        <translation>Abgeschnitten: %1 am Ende, Zeile ohne Abschlusszeichen (nicht gezählt)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Files:         %1</source>
        <translation>Dateien:       %1</translation>
    </message>
    <message>
        <source>no, a file is truncated or damaged</source>
        <translation>nein, eine Datei ist abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <source>Files in time order (lines, messages, file):</source>
        <translation>Dateien in zeitlicher Reihenfolge (Zeilen, Nachrichten, Datei):</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>DATEI...</translation>
    </message>
    <message>
        <source>hydrant-cli inspect FILE...: count, search and summarise saved archives. Without options it prints a summary.</source>
        <translation>hydrant-cli inspect DATEI...: gespeicherte Archive zählen, durchsuchen und zusammenfassen. Ohne Optionen wird eine Zusammenfassung ausgegeben.</translation>
    </message>
    <message>
        <source>Give a file, several files or a folder to inspect.</source>
        <translation>Geben Sie eine Datei, mehrere Dateien oder einen Ordner zum Untersuchen an.</translation>
    </message>
    <message>
        <source>--member reads one archive; give that archive alone.</source>
        <translation>--member liest ein einzelnes Archiv; geben Sie nur dieses Archiv an.</translation>
    </message>
    <message>
        <source>A .jsonl.gz, .jsonl or archive file; or several files, or a folder of daily files, read as one dataset in time order; - reads standard input.</source>
        <translation>Eine .jsonl.gz-, .jsonl- oder Archivdatei; oder mehrere Dateien oder ein Ordner mit Tagesdateien, als ein Datensatz in zeitlicher Reihenfolge gelesen; - liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
</context>
<context>
    <name>JetStreamPublisher</name>
    <message>
        <source>There is no JetStream stream named &apos;%1&apos;.</source>
        <translation>Es gibt keinen JetStream-Stream namens „%1“.</translation>
    </message>
    <message>
        <source>Cannot read the JetStream stream &apos;%1&apos;: %2</source>
        <translation>Der JetStream-Stream „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Not connected to NATS.</source>
        <translation>Nicht mit NATS verbunden.</translation>
    </message>
    <message>
        <source>The JetStream stream &apos;%1&apos; exists but does not take the subject %2: give its --subject, or another --stream.</source>
        <translation>Der JetStream-Stream „%1“ existiert, nimmt aber das Subject %2 nicht an: Geben Sie dessen --subject oder einen anderen --stream an.</translation>
    </message>
    <message>
        <source>Cannot create the JetStream stream &apos;%1&apos;: %2</source>
        <translation>Der JetStream-Stream „%1“ kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the last message of the JetStream stream &apos;%1&apos;: %2</source>
        <translation>Die letzte Nachricht des JetStream-Streams „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>JetStream did not store the messages in time (%1).</source>
        <translation>JetStream hat die Nachrichten nicht rechtzeitig gespeichert (%1).</translation>
    </message>
</context>
<context>
    <name>JetStreamReader</name>
    <message>
        <source>&apos;%1&apos; is not a start: give new, all, a span such as 30m, 1h or 2d, or a time such as 2024-03-11T09:00Z.</source>
        <translation>„%1“ ist kein gültiger Startpunkt: Geben Sie new, all, eine Zeitspanne wie 30m, 1h oder 2d oder einen Zeitpunkt wie 2024-03-11T09:00Z an.</translation>
    </message>
    <message>
        <source>Cannot read the JetStream stream &apos;%1&apos;: %2</source>
        <translation>Der JetStream-Stream „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The consumer was lost (%1); reading continues after message %2.</source>
        <translation>Der Consumer ging verloren (%1); das Lesen geht nach Nachricht %2 weiter.</translation>
    </message>
    <message>
        <source>the stream holds messages it did not deliver</source>
        <translation>der Stream enthält Nachrichten, die er nicht zugestellt hat</translation>
    </message>
    <message>
        <source>its heartbeats stopped</source>
        <translation>seine Heartbeats blieben aus</translation>
    </message>
    <message>
        <source>messages it delivered did not arrive</source>
        <translation>zugestellte Nachrichten kamen nicht an</translation>
    </message>
    <message>
        <source>a message arrived out of its delivery order</source>
        <translation>eine Nachricht kam außerhalb ihrer Zustellreihenfolge an</translation>
    </message>
    <message>
        <source>it passed over messages the stream holds</source>
        <translation>er hat Nachrichten übersprungen, die der Stream enthält</translation>
    </message>
</context>
<context>
    <name>JetStreamSource</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Getrennt.</translation>
    </message>
    <message>
        <source>The NATS server went away; reconnecting to another one.</source>
        <translation>Der NATS-Server ist weg; Verbindung zu einem anderen wird hergestellt.</translation>
    </message>
    <message>
        <source>Now reading from %1.</source>
        <translation>Jetzt wird von %1 gelesen.</translation>
    </message>
    <message>
        <source>Connected to %1 (stream %2).</source>
        <translation>Verbunden mit %1 (Stream %2).</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 (stream %2), %n message(s) behind.</source>
        <translation>
            <numerusform>Verbunden mit %1 (Stream %2), %n Nachricht im Rückstand.</numerusform>
            <numerusform>Verbunden mit %1 (Stream %2), %n Nachrichten im Rückstand.</numerusform>
        </translation>
    </message>
    <message>
        <source>If the server uses a private certificate authority, add its certificate (%1).</source>
        <translation>Wenn der Server eine private Zertifizierungsstelle verwendet, fügen Sie deren Zertifikat hinzu (%1).</translation>
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
        <translation>Boolesch</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>Kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>LiveCharts</name>
    <message>
        <source>Messages per second</source>
        <translation>Nachrichten pro Sekunde</translation>
    </message>
    <message>
        <source>messages/s</source>
        <translation>Nachrichten/s</translation>
    </message>
    <message>
        <source>Top symbols, last %1 min</source>
        <translation>Top-Symbole, letzte %1 min</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Bullish vs bearish</source>
        <translation>Bullish vs. Bearish</translation>
    </message>
    <message>
        <source>Bullish %</source>
        <translation>Bullish %</translation>
    </message>
    <message>
        <source>Bearish %</source>
        <translation>Bearish %</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <source>No stream to watch yet</source>
        <translation>Noch kein Stream zum Beobachten</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Konto hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect to the stream (F5)</source>
        <translation>Mit dem Stream verbinden (F5)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Disconnect from the stream (Shift+F5)</source>
        <translation>Vom Stream trennen (Shift+F5)</translation>
    </message>
    <message>
        <source>&amp;Pause Scrolling</source>
        <translation>&amp;Bildlauf anhalten</translation>
    </message>
    <message>
        <source>Stop following the newest message; messages keep arriving (Ctrl+P)</source>
        <translation>Der neuesten Nachricht nicht mehr folgen; Nachrichten treffen weiterhin ein (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Aufzeichnen</translation>
    </message>
    <message>
        <source>Write the stream to a daily .jsonl.gz file in the recording folder (Ctrl+R)</source>
        <translation>Den Stream in eine tägliche .jsonl.gz-Datei im Aufzeichnungsordner schreiben (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Jump to Newest</source>
        <translation>Zum &amp;Neuesten springen</translation>
    </message>
    <message>
        <source>C&amp;lear Feed</source>
        <translation>Feed &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Connection log</source>
        <translation>Verbindungsprotokoll</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 Nachrichten</translation>
    </message>
    <message>
        <source>%1 of %2 messages</source>
        <translation>%1 von %2 Nachrichten</translation>
    </message>
    <message>
        <source>filtering…</source>
        <translation>wird gefiltert…</translation>
    </message>
    <message>
        <source>Filter: words, $TSLA, @user, sentiment:bullish, /regex/, OR, NOT …</source>
        <translation>Filter: Wörter, $TSLA, @user, sentiment:bullish, /regex/, OR, NOT …</translation>
    </message>
    <message>
        <source>Add a stream account with the URL and the e-mail address and password from your provider&apos;s dashboard. To look around first, try the demo (or start Hydrant with %1): it streams from a built-in simulator, no account needed.</source>
        <extracomment>%1 is the command hydrant --demo</extracomment>
        <translation>Fügen Sie ein Stream-Konto mit der URL sowie der E-Mail-Adresse und dem Passwort aus dem Dashboard Ihres Anbieters hinzu. Um sich zuerst umzusehen, probieren Sie die Demo aus (oder starten Sie Hydrant mit %1): Sie streamt aus einem integrierten Simulator, kein Konto erforderlich.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>Recording to %1.</source>
        <translation>Aufzeichnung in %1.</translation>
    </message>
    <message>
        <source>Recording stopped: %1.</source>
        <translation>Aufzeichnung gestoppt: %1.</translation>
    </message>
    <message>
        <source>Recording started in %1.</source>
        <translation>Aufzeichnung in %1 gestartet.</translation>
    </message>
</context>
<context>
    <name>LiveSession</name>
    <message>
        <source>This Hydrant was built without NATS: it cannot read a team relay.</source>
        <translation>Dieses Hydrant wurde ohne NATS erstellt: Es kann kein Team-Relay lesen.</translation>
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
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>The realtime stream (Ctrl+1)</source>
        <translation>Der Echtzeit-Stream (Ctrl+1)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Download daily backup archives (Ctrl+2)</source>
        <translation>Tägliche Backup-Archive herunterladen (Ctrl+2)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Open and search saved archives (Ctrl+3)</source>
        <translation>Gespeicherte Archive öffnen und durchsuchen (Ctrl+3)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Stream</source>
        <translation>&amp;Stream</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Backups</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Hydrant &amp;einrichten…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Hydrant</source>
        <translation>Ü&amp;ber Hydrant</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Hydrant — demo</source>
        <translation>Hydrant — Demo</translation>
    </message>
    <message>
        <source>Demo mode: connected to the built-in simulator, no account needed.</source>
        <translation>Demomodus: mit dem integrierten Simulator verbunden, kein Konto erforderlich.</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Open archives</source>
        <translation>Archive öffnen</translation>
    </message>
    <message>
        <source>JSON lines archives (*.gz *.jsonl *.ndjson *.json *.zip *.tar *.tgz *.7z *.xz *.bz2 *.zst);;All files (*)</source>
        <translation>JSON-Lines-Archive (*.gz *.jsonl *.ndjson *.json *.zip *.tar *.tgz *.7z *.xz *.bz2 *.zst);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <source>Read the user guide online</source>
        <translation>Das Benutzerhandbuch online lesen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Show the %1 Page</source>
        <translation>Seite %1 anzeigen</translation>
    </message>
    <message>
        <source>Demo S&amp;tream</source>
        <translation>&amp;Demo-Stream</translation>
    </message>
    <message>
        <source>Demo mode: the built-in simulator, no account needed. Stream ▸ Demo Stream switches between a Gnip firehose and a StockTwits Firestream.</source>
        <translation>Demomodus: der integrierte Simulator, kein Konto erforderlich. Stream ▸ Demo-Stream wechselt zwischen einer Gnip-Firehose und einem StockTwits Firestream.</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>No web browser could be started. The user guide is at %1</source>
        <translation>Es konnte kein Webbrowser gestartet werden. Das Benutzerhandbuch finden Sie unter %1</translation>
    </message>
    <message>
        <source>Quit Hydrant</source>
        <translation>Hydrant beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) are still running. Quit anyway?</source>
        <translation>
            <numerusform>%n Download läuft noch. Trotzdem beenden?</numerusform>
            <numerusform>%n Downloads laufen noch. Trotzdem beenden?</numerusform>
        </translation>
    </message>
    <message>
        <source>They carry on from where they stopped the next time Hydrant starts.</source>
        <translation>Sie werden beim nächsten Start von Hydrant dort fortgesetzt, wo sie aufgehört haben.</translation>
    </message>
    <message>
        <source>Quit Anyway</source>
        <translation>Trotzdem beenden</translation>
    </message>
    <message>
        <source>Keep Downloading</source>
        <translation>Weiter herunterladen</translation>
    </message>
    <message>
        <source>The demo simulator could not start: %1</source>
        <translation>Der Demo-Simulator konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open a folder of daily archives as one dataset</source>
        <translation>Einen Ordner mit Tagesarchiven als einen Datensatz öffnen</translation>
    </message>
    <message>
        <source>Open a folder of daily archives</source>
        <translation>Ordner mit Tagesarchiven öffnen</translation>
    </message>
    <message>
        <source>Open R&amp;ecordings Folder</source>
        <translation>A&amp;ufzeichnungsordner öffnen</translation>
    </message>
    <message>
        <source>Open the folder the Live page records into as one dataset that follows the recording</source>
        <translation>Den Ordner, in den die Seite „Live“ aufzeichnet, als einen Datensatz öffnen, der der Aufzeichnung folgt</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the last session are gone: %1</source>
        <translation>
            <numerusform>%n Datei der letzten Sitzung gibt es nicht mehr: %1</numerusform>
            <numerusform>%n Dateien der letzten Sitzung gibt es nicht mehr: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Recordings Folder</source>
        <translation>Aufzeichnungsordner öffnen</translation>
    </message>
    <message>
        <source>The recordings folder %1 cannot be created.</source>
        <translation>Der Aufzeichnungsordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>%1 follows %2</source>
        <extracomment>A StockTwits activity: %1 follows %2 (both user names)</extracomment>
        <translation>%1 folgt %2</translation>
    </message>
    <message>
        <source>%1 blocks %2</source>
        <extracomment>A StockTwits activity: %1 blocks %2 (both user names)</extracomment>
        <translation>%1 blockiert %2</translation>
    </message>
    <message>
        <source>%1 likes message %2</source>
        <extracomment>A StockTwits activity: %1 (a user name) likes the message with id %2</extracomment>
        <translation>%1 mag Nachricht %2</translation>
    </message>
    <message>
        <source>%1 likes message %2: %3</source>
        <extracomment>A StockTwits activity: %1 (a user name) likes message %2 whose text is %3</extracomment>
        <translation>%1 mag Nachricht %2: %3</translation>
    </message>
</context>
<context>
    <name>MessageColumns</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Unknown column “%1”: use %2.</source>
        <translation>Unbekannte Spalte „%1“: Verwenden Sie %2.</translation>
    </message>
    <message>
        <source>Name at least one column.</source>
        <translation>Geben Sie mindestens eine Spalte an.</translation>
    </message>
    <message>
        <source>Bullish</source>
        <translation>Bullish</translation>
    </message>
    <message>
        <source>Bearish</source>
        <translation>Bearish</translation>
    </message>
</context>
<context>
    <name>MessageDetailView</name>
    <message>
        <source>StockTwits message</source>
        <translation>StockTwits-Nachricht</translation>
    </message>
    <message>
        <source>Activity Streams activity</source>
        <translation>Activity-Streams-Aktivität</translation>
    </message>
    <message>
        <source>Tweet</source>
        <translation>Tweet</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>JSON-Objekt</translation>
    </message>
    <message>
        <source>Server information</source>
        <translation>Serverinformation</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Malformed line</source>
        <translation>Fehlerhafte Zeile</translation>
    </message>
    <message>
        <source>Select a message to see it in full: author, time, text, symbols and the raw JSON.</source>
        <translation>Wählen Sie eine Nachricht aus, um sie vollständig zu sehen: Autor, Zeit, Text, Symbole und das Roh-JSON.</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Roh-JSON</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Alle zuklappen</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <source>Copy the message as received</source>
        <translation>Die Nachricht so kopieren, wie sie empfangen wurde</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>No time stamp</source>
        <translation>Kein Zeitstempel</translation>
    </message>
    <message>
        <source>Bullish</source>
        <translation>Bullish</translation>
    </message>
    <message>
        <source>Bearish</source>
        <translation>Bearish</translation>
    </message>
    <message>
        <source>This line is not a JSON object:</source>
        <translation>Diese Zeile ist kein JSON-Objekt:</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <source>Symbols: %1</source>
        <translation>Symbole: %1</translation>
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
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Copy whole message</source>
        <translation>Ganze Nachricht kopieren</translation>
    </message>
    <message>
        <source>StockTwits activity</source>
        <translation>StockTwits-Aktivität</translation>
    </message>
    <message>
        <source>Line shown cut</source>
        <translation>Zeile gekürzt angezeigt</translation>
    </message>
    <message>
        <source>The line is %1 long; only its first %2 were read, so it is not interpreted.</source>
        <translation>Die Zeile ist %1 lang; nur die ersten %2 wurden gelesen, daher wird sie nicht ausgewertet.</translation>
    </message>
    <message>
        <source>The JSON tree needs the whole line.</source>
        <translation>Der JSON-Baum braucht die ganze Zeile.</translation>
    </message>
</context>
<context>
    <name>MessageQuery</name>
    <message>
        <source>There is a &apos;)&apos; at character %1 without a &apos;(&apos; before it.</source>
        <translation>Bei Zeichen %1 steht ein &apos;)&apos; ohne vorheriges &apos;(&apos;.</translation>
    </message>
    <message>
        <source>Unexpected text at character %1.</source>
        <translation>Unerwarteter Text bei Zeichen %1.</translation>
    </message>
    <message>
        <source>The phrase at character %1 has no closing quote (&quot;).</source>
        <translation>Der Phrase bei Zeichen %1 fehlt das schließende Anführungszeichen (&quot;).</translation>
    </message>
    <message>
        <source>The regular expression at character %1 has no closing slash (/).</source>
        <translation>Dem regulären Ausdruck bei Zeichen %1 fehlt der schließende Schrägstrich (/).</translation>
    </message>
    <message>
        <source>The value at character %1 has no closing quote (&quot;).</source>
        <translation>Dem Wert bei Zeichen %1 fehlt das schließende Anführungszeichen (&quot;).</translation>
    </message>
    <message>
        <source>OR at character %1 needs a term after it.</source>
        <translation>Nach OR bei Zeichen %1 muss ein Begriff folgen.</translation>
    </message>
    <message>
        <source>AND at character %1 needs a term after it.</source>
        <translation>Nach AND bei Zeichen %1 muss ein Begriff folgen.</translation>
    </message>
    <message>
        <source>NOT at character %1 needs a term after it.</source>
        <translation>Nach NOT bei Zeichen %1 muss ein Begriff folgen.</translation>
    </message>
    <message>
        <source>The parentheses at character %1 are empty.</source>
        <translation>Die Klammern bei Zeichen %1 sind leer.</translation>
    </message>
    <message>
        <source>The parenthesis at character %1 is not closed.</source>
        <translation>Die Klammer bei Zeichen %1 wird nicht geschlossen.</translation>
    </message>
    <message>
        <source>%1 at character %2 needs a term before it.</source>
        <translation>Vor %1 bei Zeichen %2 muss ein Begriff stehen.</translation>
    </message>
    <message>
        <source>The phrase at character %1 is empty.</source>
        <translation>Die Phrase bei Zeichen %1 ist leer.</translation>
    </message>
    <message>
        <source>A term is missing at character %1.</source>
        <translation>Bei Zeichen %1 fehlt ein Begriff.</translation>
    </message>
    <message>
        <source>The regular expression at character %1 is empty.</source>
        <translation>Der reguläre Ausdruck bei Zeichen %1 ist leer.</translation>
    </message>
    <message>
        <source>The regular expression is not valid at character %1: %2</source>
        <translation>Der reguläre Ausdruck ist bei Zeichen %1 ungültig: %2</translation>
    </message>
    <message>
        <source>“%1” at character %2 needs a value.</source>
        <translation>„%1“ bei Zeichen %2 erfordert einen Wert.</translation>
    </message>
    <message>
        <source>Unknown sentiment “%1” at character %2: use bullish, bearish or none.</source>
        <translation>Unbekanntes Sentiment „%1“ bei Zeichen %2: Verwenden Sie bullish, bearish oder none.</translation>
    </message>
    <message>
        <source>Unknown kind “%1” at character %2: use one of %3.</source>
        <translation>Unbekannte Art „%1“ bei Zeichen %2: Verwenden Sie einen der Werte %3.</translation>
    </message>
    <message>
        <source>“%1” at character %2 is not a time: write it like 2024-03-11 or 2024-03-11T14:30:00Z (UTC).</source>
        <translation>„%1“ bei Zeichen %2 ist keine Zeitangabe: Schreiben Sie sie wie 2024-03-11 oder 2024-03-11T14:30:00Z (UTC).</translation>
    </message>
    <message>
        <source>messages matching “%1”</source>
        <translation>Nachrichten, die „%1“ entsprechen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Terms next to each other must all match; text is compared without case, as shown (escapes and entities decoded).&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;word&lt;/b&gt; or &lt;b&gt;&quot;a phrase&quot;&lt;/b&gt; — in the text, author or name&lt;/li&gt;&lt;li&gt;&lt;b&gt;$TSLA&lt;/b&gt; or &lt;b&gt;symbol:TSLA&lt;/b&gt; — messages about the symbol&lt;/li&gt;&lt;li&gt;&lt;b&gt;@user&lt;/b&gt; or &lt;b&gt;user:name&lt;/b&gt; — messages by this user&lt;/li&gt;&lt;li&gt;&lt;b&gt;sentiment:bullish&lt;/b&gt;, &lt;b&gt;bearish&lt;/b&gt; or &lt;b&gt;none&lt;/b&gt;; &lt;b&gt;id:123&lt;/b&gt;; &lt;b&gt;kind:stocktwits&lt;/b&gt;, &lt;b&gt;gnip&lt;/b&gt;, &lt;b&gt;tweet&lt;/b&gt;, &lt;b&gt;activity&lt;/b&gt;, &lt;b&gt;json&lt;/b&gt;&lt;/li&gt;&lt;li&gt;&lt;b&gt;after:2024-03-11&lt;/b&gt;, &lt;b&gt;before:2024-03-11T14:30&lt;/b&gt; — times in UTC&lt;/li&gt;&lt;li&gt;&lt;b&gt;/regular expression/&lt;/b&gt; — on the text&lt;/li&gt;&lt;li&gt;&lt;b&gt;OR&lt;/b&gt;, &lt;b&gt;NOT&lt;/b&gt; (or &lt;b&gt;-term&lt;/b&gt;), &lt;b&gt;AND&lt;/b&gt; and &lt;b&gt;( )&lt;/b&gt;&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Nebeneinanderstehende Begriffe müssen alle zutreffen; Text wird ohne Beachtung der Groß-/Kleinschreibung so verglichen, wie er angezeigt wird (Escapes und Entities dekodiert).&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Wort&lt;/b&gt; oder &lt;b&gt;&quot;eine Phrase&quot;&lt;/b&gt; — im Text, Autor oder Namen&lt;/li&gt;&lt;li&gt;&lt;b&gt;$TSLA&lt;/b&gt; oder &lt;b&gt;symbol:TSLA&lt;/b&gt; — Nachrichten zum Symbol&lt;/li&gt;&lt;li&gt;&lt;b&gt;@user&lt;/b&gt; oder &lt;b&gt;user:name&lt;/b&gt; — Nachrichten dieses Benutzers&lt;/li&gt;&lt;li&gt;&lt;b&gt;sentiment:bullish&lt;/b&gt;, &lt;b&gt;bearish&lt;/b&gt; oder &lt;b&gt;none&lt;/b&gt;; &lt;b&gt;id:123&lt;/b&gt;; &lt;b&gt;kind:stocktwits&lt;/b&gt;, &lt;b&gt;gnip&lt;/b&gt;, &lt;b&gt;tweet&lt;/b&gt;, &lt;b&gt;activity&lt;/b&gt;, &lt;b&gt;json&lt;/b&gt;&lt;/li&gt;&lt;li&gt;&lt;b&gt;after:2024-03-11&lt;/b&gt;, &lt;b&gt;before:2024-03-11T14:30&lt;/b&gt; — Zeiten in UTC&lt;/li&gt;&lt;li&gt;&lt;b&gt;/regulärer Ausdruck/&lt;/b&gt; — auf den Text&lt;/li&gt;&lt;li&gt;&lt;b&gt;OR&lt;/b&gt;, &lt;b&gt;NOT&lt;/b&gt; (oder &lt;b&gt;-Begriff&lt;/b&gt;), &lt;b&gt;AND&lt;/b&gt; und &lt;b&gt;( )&lt;/b&gt;&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>NatsConnection</name>
    <message>
        <source>Cannot connect to the NATS server %1: %2</source>
        <translation>Keine Verbindung zum NATS-Server %1 möglich: %2</translation>
    </message>
    <message>
        <source>The NATS server %1 refused the user name or password (%2).</source>
        <translation>Der NATS-Server %1 hat Benutzername oder Passwort abgelehnt (%2).</translation>
    </message>
    <message>
        <source>The NATS server %1 does not offer TLS: nothing was sent to it unencrypted.</source>
        <translation>Der NATS-Server %1 bietet kein TLS an: Es wurde nichts unverschlüsselt an ihn gesendet.</translation>
    </message>
    <message>
        <source>The NATS server %1 could not be verified over TLS (%2).</source>
        <translation>Der NATS-Server %1 konnte über TLS nicht überprüft werden (%2).</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>Enter the password of %1 for the account “%2”.</source>
        <translation>Geben Sie das Passwort von %1 für das Konto „%2“ ein.</translation>
    </message>
    <message>
        <source>Remember in the secret store</source>
        <translation>Im Passwortspeicher merken</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> Nachrichten</translation>
    </message>
    <message>
        <source>The live feed keeps this many recent messages; older ones leave.</source>
        <translation>Der Live-Feed behält so viele aktuelle Nachrichten; ältere werden entfernt.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Reconnect when nothing, not even a heartbeat, arrives for this long.</source>
        <translation>Neu verbinden, wenn so lange nichts eintrifft, nicht einmal ein Heartbeat.</translation>
    </message>
    <message>
        <source>How many backup files download at the same time.</source>
        <translation>Wie viele Backup-Dateien gleichzeitig heruntergeladen werden.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Live stream</source>
        <translation>Live-Stream</translation>
    </message>
    <message>
        <source>Keep in &amp;memory:</source>
        <translation>Im &amp;Speicher behalten:</translation>
    </message>
    <message>
        <source>&amp;Stall timeout:</source>
        <translation>&amp;Zeitlimit bei Stillstand:</translation>
    </message>
    <message>
        <source>&amp;Recordings folder:</source>
        <translation>Aufzeichnungs&amp;ordner:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Parallel &amp;downloads:</source>
        <translation>Parallele &amp;Downloads:</translation>
    </message>
    <message>
        <source>Download &amp;folder:</source>
        <translation>Download-Ord&amp;ner:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Ordner auswählen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language applies the next time Hydrant starts.</source>
        <translation>Die neue Sprache wird beim nächsten Start von Hydrant wirksam.</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>A stream line longer than this is dropped and counted in the status bar; the connection log says so the first time.</source>
        <translation>Eine längere Stream-Zeile wird verworfen und in der Statusleiste gezählt; das Verbindungsprotokoll meldet dies beim ersten Mal.</translation>
    </message>
    <message>
        <source>Lon&amp;gest line:</source>
        <translation>Län&amp;gste Zeile:</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>The most all backup downloads together may take of the network; 0 for no limit.</source>
        <translation>Die maximale Bandbreite, die alle Backup-Downloads zusammen nutzen dürfen; 0 für unbegrenzt.</translation>
    </message>
    <message>
        <source>S&amp;peed limit:</source>
        <translation>Geschwindigkeits&amp;limit:</translation>
    </message>
    <message>
        <source>Re&amp;open the files of the last session at start</source>
        <translation>Beim Start die Dateien der letzten Sitzung &amp;wieder öffnen</translation>
    </message>
    <message>
        <source>The Files page&apos;s tabs open again where they were left, unless Hydrant is started with files to open.</source>
        <translation>Die Tabs der Seite „Dateien“ öffnen sich wieder dort, wo sie verlassen wurden – außer Hydrant wird mit Dateien zum Öffnen gestartet.</translation>
    </message>
    <message>
        <source>Local time</source>
        <extracomment>Times shown in the computer&apos;s own time zone.</extracomment>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>The zone of every time the window shows: the tables, the detail, Go to Time and the statistics. Exports are always in UTC.</source>
        <translation>Die Zeitzone aller Zeiten, die das Fenster zeigt: Tabellen, Details, Gehe zu Zeit und Statistiken. Exporte sind immer in UTC.</translation>
    </message>
    <message>
        <source>&amp;Times shown in:</source>
        <translation>&amp;Zeiten anzeigen in:</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>the system accepted only %1 of %2 bytes</source>
        <translation>das System hat nur %1 von %2 Bytes angenommen</translation>
    </message>
    <message>
        <source>Recording stopped: cannot create the recording folder %1.</source>
        <translation>Aufzeichnung gestoppt: Der Aufzeichnungsordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Recording stopped: cannot open %1: %2.</source>
        <translation>Aufzeichnung gestoppt: %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>Recording stopped: the gzip compressor could not be started.</source>
        <translation>Aufzeichnung gestoppt: Der gzip-Kompressor konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Recording stopped: cannot read the end of %1 to append to it: %2.</source>
        <translation>Aufzeichnung gestoppt: Das Ende von %1 kann zum Anhängen nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Recording stopped: %1 ends in an incomplete gzip member, and it cannot be set aside in %2: %3.</source>
        <translation>Aufzeichnung gestoppt: %1 endet mit einem unvollständigen gzip-Member, und das Auslagern nach %2 ist nicht möglich: %3.</translation>
    </message>
    <message>
        <source>Recording stopped: cannot cut the incomplete end off %1: %2.</source>
        <translation>Aufzeichnung gestoppt: Das unvollständige Ende von %1 kann nicht abgeschnitten werden: %2.</translation>
    </message>
    <message>
        <source>Recording stopped: the gzip compressor failed.</source>
        <translation>Aufzeichnung gestoppt: Der gzip-Kompressor ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Recording stopped: cannot write %1: %2.</source>
        <translation>Aufzeichnung gestoppt: %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>%1 ended in an incomplete gzip member (%2 bytes, cut off by a crash or power loss): those bytes were moved to %3, and the recording continues after the last complete member.</source>
        <translation>%1 endete mit einem unvollständigen gzip-Member (%2 Bytes, abgeschnitten durch einen Absturz oder Stromausfall): Diese Bytes wurden nach %3 verschoben, und die Aufzeichnung wird nach dem letzten vollständigen Member fortgesetzt.</translation>
    </message>
</context>
<context>
    <name>RelayCommand</name>
    <message>
        <source>Relay one stream account to a NATS JetStream stream for a whole team.</source>
        <translation>Ein Stream-Konto für ein ganzes Team an einen NATS-JetStream-Stream weiterleiten.</translation>
    </message>
    <message>
        <source>The NATS servers, comma-separated: nats://HOST:PORT or tls://HOST:PORT (with JetStream enabled).</source>
        <translation>Die NATS-Server, durch Kommas getrennt: nats://HOST:PORT oder tls://HOST:PORT (mit aktiviertem JetStream).</translation>
    </message>
    <message>
        <source>URLS</source>
        <translation>URLS</translation>
    </message>
    <message>
        <source>The JetStream stream&apos;s name (default HYDRANT); created when missing.</source>
        <translation>Der Name des JetStream-Streams (Standard: HYDRANT); wird erstellt, falls er fehlt.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The subject prefix: messages are published on PREFIX.messages (default hydrant).</source>
        <translation>Das Subject-Präfix: Nachrichten werden unter PRÄFIX.messages veröffentlicht (Standard: hydrant).</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PRÄFIX</translation>
    </message>
    <message>
        <source>How long a stream created by the relay keeps messages: 90m, 12h, 7d (default 7d).</source>
        <translation>Wie lange ein vom Relay erstellter Stream Nachrichten behält: 90m, 12h, 7d (Standard: 7d).</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>ALTER</translation>
    </message>
    <message>
        <source>The NATS user name; its password comes from the HYDRANT_NATS_PASSWORD environment variable.</source>
        <translation>Der NATS-Benutzername; sein Passwort stammt aus der Umgebungsvariable HYDRANT_NATS_PASSWORD.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file for tls:// NATS servers (default: the system&apos;s).</source>
        <translation>Den CA-Zertifikaten in dieser PEM-Datei für tls://-NATS-Server vertrauen (Standard: denen des Systems).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Give up (exit code 3) when JetStream has not stored a message for S seconds (default 30).</source>
        <translation>Aufgeben (Exit-Code 3), wenn JetStream S Sekunden lang keine Nachricht gespeichert hat (Standard: 30).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Stop after S seconds.</source>
        <translation>Nach S Sekunden beenden.</translation>
    </message>
    <message>
        <source>Reconnect when no byte arrives for S seconds (default 30).</source>
        <translation>Neu verbinden, wenn S Sekunden lang kein Byte eintrifft (Standard: 30).</translation>
    </message>
    <message>
        <source>Seconds between status lines on standard error (default 5, 0 = none).</source>
        <translation>Sekunden zwischen Statuszeilen auf der Standardfehlerausgabe (Standard: 5, 0 = keine).</translation>
    </message>
    <message>
        <source>At the end, print a JSON summary object to standard output.</source>
        <translation>Am Ende ein JSON-Objekt mit einer Zusammenfassung auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Drop stream lines longer than N bytes, counting them (default: the Preferences setting, %1).</source>
        <translation>Stream-Zeilen verwerfen, die länger als N Bytes sind, und sie zählen (Standard: der Wert aus den Einstellungen, %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file for the stream (as %1 does).</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei für den Stream vertrauen (wie %1).</translation>
    </message>
    <message>
        <source>Give the NATS servers with --nats nats://HOST:PORT[,...].</source>
        <translation>Geben Sie die NATS-Server mit --nats nats://HOST:PORT[,...] an.</translation>
    </message>
    <message>
        <source>--max-age takes a span such as 90m, 12h or 7d.</source>
        <translation>--max-age erwartet eine Zeitspanne wie 90m, 12h oder 7d.</translation>
    </message>
    <message numerus="yes">
        <source>Created the JetStream stream %1 (%n replica(s)) on %2.</source>
        <translation>
            <numerusform>Der JetStream-Stream %1 (%n Replikat) wurde auf %2 erstellt.</numerusform>
            <numerusform>Der JetStream-Stream %1 (%n Replikate) wurde auf %2 erstellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relaying to the JetStream stream %1 (%n replica(s)) on %2.</source>
        <translation>
            <numerusform>Weiterleitung an den JetStream-Stream %1 (%n Replikat) auf %2.</numerusform>
            <numerusform>Weiterleitung an den JetStream-Stream %1 (%n Replikate) auf %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It holds %n message(s).</source>
        <translation>
            <numerusform>Er enthält %n Nachricht.</numerusform>
            <numerusform>Er enthält %n Nachrichten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stream URL asks for no backfill (backfillMinutes=N or client=1): what the provider sent while no relay ran is not fetched again.</source>
        <translation>Die Stream-URL fordert kein Backfill an (backfillMinutes=N oder client=1): Was der Anbieter gesendet hat, während kein Relay lief, wird nicht erneut abgerufen.</translation>
    </message>
    <message>
        <source>%1 stored in %2</source>
        <translation>%1 in %2 gespeichert</translation>
    </message>
    <message>
        <source>%1 already stored</source>
        <translation>%1 bereits gespeichert</translation>
    </message>
    <message>
        <source>NATS: reconnecting</source>
        <translation>NATS: Neuverbindung</translation>
    </message>
    <message>
        <source>NATS: %1</source>
        <translation>NATS: %1</translation>
    </message>
    <message>
        <source>%1 messages arrived faster than JetStream stored them and were dropped.</source>
        <translation>%1 Nachrichten kamen schneller an, als JetStream sie speichern konnte, und wurden verworfen.</translation>
    </message>
    <message>
        <source>hydrant-cli relay: hold the one connection an account allows and publish every message to a NATS JetStream stream, from which each member of a team reads it live or from any point it keeps (&apos;hydrant-cli stream --service nats&apos;).

Each message is stored once: its id is its Nats-Msg-Id, so what a restarted relay or a provider&apos;s backfill sends again within the stream&apos;s duplicate window (5 minutes) is dropped by JetStream. The resume cursor (Firestream seq_id, the firehose&apos;s sequence) travels with each stored message, so a relay started again - on any machine - continues after the last message the stream holds.

The stream&apos;s password comes from --password-stdin, else the HYDRANT_PASSWORD environment variable, else the OS secret store for --profile; never from the command line.

Exit codes: 0 normal end (duration or Ctrl+C), 1 usage error, 2 authentication failed (HTTP 401, or NATS refused the user name or password), 3 other fatal error (NATS unreachable, JetStream refused the messages, 406, TLS, refused URL).</source>
        <translation>hydrant-cli relay: die eine Verbindung halten, die ein Konto erlaubt, und jede Nachricht in einem NATS-JetStream-Stream veröffentlichen, aus dem jedes Teammitglied sie live oder ab jeder Stelle liest, die der Stream noch vorhält („hydrant-cli stream --service nats“).

Jede Nachricht wird einmal gespeichert: Ihre ID ist ihre Nats-Msg-Id, sodass JetStream verwirft, was ein neu gestartetes Relay oder das Backfill eines Anbieters innerhalb des Duplikatfensters des Streams (5 Minuten) erneut sendet. Die Fortsetzungsposition (Firestream-seq_id, die Sequenz der Firehose) wird mit jeder gespeicherten Nachricht mitgeführt, sodass ein erneut gestartetes Relay – auf einem beliebigen Rechner – nach der letzten Nachricht fortsetzt, die der Stream enthält.

Das Passwort des Streams stammt aus --password-stdin, sonst aus der Umgebungsvariable HYDRANT_PASSWORD, sonst bei --profile aus dem Passwortspeicher des Betriebssystems; niemals von der Befehlszeile.

Exit-Codes: 0 normales Ende (Dauer oder Ctrl+C), 1 Aufruffehler, 2 Authentifizierung fehlgeschlagen (HTTP 401, oder NATS hat Benutzername oder Passwort abgelehnt), 3 anderer schwerwiegender Fehler (NATS nicht erreichbar, JetStream hat die Nachrichten abgelehnt, 406, TLS, abgelehnte URL).</translation>
    </message>
</context>
<context>
    <name>RelaySettings</name>
    <message>
        <source>No NATS server is given.</source>
        <translation>Es ist kein NATS-Server angegeben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a JetStream stream name (letters, digits, &apos;-&apos; and &apos;_&apos;).</source>
        <translation>„%1“ ist kein gültiger Name für einen JetStream-Stream (Buchstaben, Ziffern, „-“ und „_“).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a subject prefix (words of letters, digits, &apos;-&apos; and &apos;_&apos; separated by dots).</source>
        <translation>„%1“ ist kein gültiges Subject-Präfix (durch Punkte getrennte Wörter aus Buchstaben, Ziffern, „-“ und „_“).</translation>
    </message>
    <message>
        <source>The stream must keep messages at least as long as its duplicate window (5 minutes).</source>
        <translation>Der Stream muss Nachrichten mindestens so lange behalten wie sein Duplikatfenster (5 Minuten).</translation>
    </message>
    <message>
        <source>%1 is not encrypted: the NATS password is only sent over tls:// (or to this computer).</source>
        <translation>%1 ist nicht verschlüsselt: Das NATS-Passwort wird nur über tls:// (oder an diesen Computer) gesendet.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a NATS server URL (nats://HOST:PORT or tls://HOST:PORT, without a user name or password).</source>
        <translation>„%1“ ist keine gültige NATS-Server-URL (nats://HOST:PORT oder tls://HOST:PORT, ohne Benutzername oder Passwort).</translation>
    </message>
</context>
<context>
    <name>RelayStartDialog</name>
    <message>
        <source>Connect to %1</source>
        <translation>Mit %1 verbinden</translation>
    </message>
    <message>
        <source>Where should the feed start?</source>
        <translation>Wo soll der Feed beginnen?</translation>
    </message>
    <message>
        <source>&amp;Live only (from now)</source>
        <translation>Nur &amp;live (ab jetzt)</translation>
    </message>
    <message>
        <source>The last &amp;N minutes:</source>
        <translation>Die letzten &amp;N Minuten:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Since a time:</source>
        <translation>&amp;Seit einem Zeitpunkt:</translation>
    </message>
    <message>
        <source>&amp;Everything the stream keeps</source>
        <translation>&amp;Alles, was der Stream aufbewahrt</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>RelayStreamCommand</name>
    <message>
        <source>Read a team relay&apos;s stream from NATS JetStream.</source>
        <translation>Den Stream eines Team-Relays aus NATS JetStream lesen.</translation>
    </message>
    <message>
        <source>nats: read a team relay&apos;s stream.</source>
        <translation>nats: den Stream eines Team-Relays lesen.</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>DIENST</translation>
    </message>
    <message>
        <source>The NATS servers, comma-separated: nats://HOST:PORT or tls://HOST:PORT.</source>
        <translation>Die NATS-Server, durch Kommas getrennt: nats://HOST:PORT oder tls://HOST:PORT.</translation>
    </message>
    <message>
        <source>URLS</source>
        <translation>URLS</translation>
    </message>
    <message>
        <source>The JetStream stream&apos;s name (default HYDRANT).</source>
        <translation>Der Name des JetStream-Streams (Standard: HYDRANT).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The relay&apos;s subject prefix (default hydrant).</source>
        <translation>Das Subject-Präfix des Relays (Standard: hydrant).</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PRÄFIX</translation>
    </message>
    <message>
        <source>Where to start: new (default: what arrives from now on), all (everything the stream keeps), a span back from now (30m, 1h, 2d) or a time (2024-03-11T09:00Z).</source>
        <translation>Startpunkt: new (Standard: was ab jetzt eintrifft), all (alles, was der Stream vorhält), eine Zeitspanne ab jetzt rückwärts (30m, 1h, 2d) oder ein Zeitpunkt (2024-03-11T09:00Z).</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file for tls:// servers (default: the system&apos;s).</source>
        <translation>Den CA-Zertifikaten in dieser PEM-Datei für tls://-Server vertrauen (Standard: denen des Systems).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Stop after S seconds.</source>
        <translation>Nach S Sekunden beenden.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Stop after N messages.</source>
        <translation>Nach N Nachrichten beenden.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Write each message&apos;s JSON line to standard output.</source>
        <translation>Die JSON-Zeile jeder Nachricht auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>At the end, print a JSON summary object to standard output.</source>
        <translation>Am Ende ein JSON-Objekt mit einer Zusammenfassung auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Seconds between status lines on standard error (default 5, 0 = none).</source>
        <translation>Sekunden zwischen Statuszeilen auf der Standardfehlerausgabe (Standard: 5, 0 = keine).</translation>
    </message>
    <message>
        <source>Give the NATS servers with --url nats://HOST:PORT[,...].</source>
        <translation>Geben Sie die NATS-Server mit --url nats://HOST:PORT[,...] an.</translation>
    </message>
    <message>
        <source>%1 messages · %2/s · sequence %3 · %4</source>
        <translation>%1 Nachrichten · %2/s · Sequenz %3 · %4</translation>
    </message>
    <message>
        <source>NATS: reconnecting</source>
        <translation>NATS: Neuverbindung</translation>
    </message>
    <message>
        <source>NATS: %1</source>
        <translation>NATS: %1</translation>
    </message>
    <message>
        <source>hydrant-cli stream --service nats: read the stream a team relay (&apos;hydrant-cli relay&apos;) keeps in NATS JetStream, in order, each message once. When a server of the cluster goes away, reading continues on another one after the last message received.

Exit codes: 0 normal end (duration, message count or Ctrl+C), 1 usage error, 2 authentication failed (NATS refused the user name or password), 3 other fatal error (NATS unreachable, TLS, no such stream).</source>
        <translation>hydrant-cli stream --service nats: den Stream, den ein Team-Relay („hydrant-cli relay“) in NATS JetStream vorhält, der Reihe nach lesen, jede Nachricht einmal. Fällt ein Server des Clusters weg, wird das Lesen auf einem anderen nach der zuletzt empfangenen Nachricht fortgesetzt.

Exit-Codes: 0 normales Ende (Dauer, Nachrichtenanzahl oder Ctrl+C), 1 Aufruffehler, 2 Authentifizierung fehlgeschlagen (NATS hat Benutzername oder Passwort abgelehnt), 3 anderer schwerwiegender Fehler (NATS nicht erreichbar, TLS, Stream existiert nicht).</translation>
    </message>
</context>
<context>
    <name>ResumeState</name>
    <message>
        <source>Cannot read the state file %1: %2</source>
        <translation>Die Statusdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a stream state file of Hydrant.</source>
        <translation>%1 ist keine Stream-Statusdatei von Hydrant.</translation>
    </message>
    <message>
        <source>Cannot write the state file %1: %2</source>
        <translation>Die Statusdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The saved position (item %1, saved %2) is older than the service keeps (%3 hours): the items since then cannot be fetched; continuing from the live position.</source>
        <translation>Die gespeicherte Position (Eintrag %1, gespeichert %2) ist älter, als der Dienst Daten vorhält (%3 Stunden): Die Einträge seitdem können nicht abgerufen werden; es wird ab der Live-Position fortgesetzt.</translation>
    </message>
</context>
<context>
    <name>Screenshotter</name>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No secret store is available (%1), so the password is kept in memory for this run only and must be entered again next time. To save it, run a Secret Service such as GNOME Keyring or KWallet in your session.</source>
        <translation>Kein Passwortspeicher verfügbar (%1), daher wird das Passwort nur für diese Sitzung im Arbeitsspeicher behalten und muss beim nächsten Mal erneut eingegeben werden. Um es zu speichern, führen Sie in Ihrer Sitzung einen Secret Service wie GNOME Keyring oder KWallet aus.</translation>
    </message>
    <message>
        <source>The secret store did not give access (%1), so the password is kept in memory for this run only. If you dismissed its prompt or the keyring is locked, unlock it and save the password again.</source>
        <translation>Der Passwortspeicher hat den Zugriff verweigert (%1), daher bleibt das Passwort nur für diese Sitzung im Speicher. Wenn Sie seine Abfrage geschlossen haben oder der Schlüsselbund gesperrt ist, entsperren Sie ihn und speichern Sie das Passwort erneut.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Search by action, key or page</source>
        <translation>Nach Aktion, Taste oder Seite suchen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>A file&apos;s shortcuts are listed while a file is open in the Files page.</source>
        <translation>Die Tastenkürzel für Dateien erscheinen in der Liste, solange eine Datei auf der Seite Dateien geöffnet ist.</translation>
    </message>
</context>
<context>
    <name>SimCertificates</name>
    <message>
        <source>The openssl command is needed to create test certificates: %1</source>
        <translation>Zum Erstellen von Testzertifikaten wird der Befehl openssl benötigt: %1</translation>
    </message>
    <message>
        <source>openssl %1 failed: %2</source>
        <translation>openssl %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The CA certificate could not be read.</source>
        <translation>Das CA-Zertifikat konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read the certificate “%1” or the key “%2”.</source>
        <translation>Das Zertifikat „%1“ oder der Schlüssel „%2“ konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>SimCommand</name>
    <message>
        <source>Run the endpoint simulator for both services.</source>
        <translation>Den Endpunkt-Simulator für beide Dienste ausführen.</translation>
    </message>
    <message>
        <source>Serve HTTPS with a certificate made for this run by openssl (its CA file is printed).</source>
        <translation>HTTPS mit einem Zertifikat bereitstellen, das openssl für diesen Lauf erstellt (die zugehörige CA-Datei wird ausgegeben).</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate.</source>
        <translation>HTTPS mit diesem PEM-Zertifikat bereitstellen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>The PEM private key of --tls-cert.</source>
        <translation>Der private PEM-Schlüssel zu --tls-cert.</translation>
    </message>
    <message>
        <source>Messages per second, or &apos;max&apos; for as fast as the client reads (default 20; 0: heartbeats only).</source>
        <translation>Nachrichten pro Sekunde oder „max“ für so schnell, wie der Client liest (Standard: 20; 0: nur Heartbeats).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seconds between heartbeats (default 10).</source>
        <translation>Sekunden zwischen Heartbeats (Standard: 10).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunden</translation>
    </message>
    <message>
        <source>Inject a fault; repeatable. Syntax: %1.</source>
        <translation>Eine Störung einschleusen; wiederholbar. Syntax: %1.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>spez</translation>
    </message>
    <message>
        <source>Port of the stream and backups listener; the storage origin takes the next one (default: free ports).</source>
        <translation>Port des Stream- und Backup-Listeners; der Speicherserver erhält den nächsten (Standard: freie Ports).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Print one JSON object (stream_url, backups_url, storage_url, user, password, ca_file) as the first line.</source>
        <translation>Ein JSON-Objekt (stream_url, backups_url, storage_url, user, password, ca_file) als erste Zeile ausgeben.</translation>
    </message>
    <message>
        <source>Seed of all synthetic content (default 1).</source>
        <translation>Startwert für alle synthetischen Inhalte (Standard: 1).</translation>
    </message>
    <message>
        <source>Pad stream messages to about this many bytes (default: natural size).</source>
        <translation>Stream-Nachrichten auf etwa so viele Bytes auffüllen (Standard: natürliche Größe).</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>Message shape: stocktwits, wrapped, activitystreams, twitter or mixed.</source>
        <translation>Nachrichtenform: stocktwits, wrapped, activitystreams, twitter oder mixed.</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>form</translation>
    </message>
    <message>
        <source>Compressed size of each day&apos;s backup file, with k, M or G (default 2M).</source>
        <translation>Komprimierte Größe der Backup-Datei jedes Tages, mit k, M oder G (Standard: 2M).</translation>
    </message>
    <message>
        <source>How the stream is gzipped: deflate (zlib per connection, the default) or precompressed (cheapest for the simulator, ratio 1.3:1).</source>
        <translation>Wie der Stream mit gzip komprimiert wird: deflate (zlib pro Verbindung, der Standard) oder precompressed (am günstigsten für den Simulator, Verhältnis 1,3:1).</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modus</translation>
    </message>
    <message>
        <source>Write backup files as several gzip members.</source>
        <translation>Backup-Dateien als mehrere gzip-Member schreiben.</translation>
    </message>
    <message>
        <source>The account&apos;s user name (default demo@example.com).</source>
        <translation>Der Benutzername des Kontos (Standard: demo@example.com).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>hydrant-cli sim: run the local simulator of the stream and backup services until interrupted.
The password is random for each run unless HYDRANT_SIM_PASSWORD is set.</source>
        <translation>hydrant-cli sim: den lokalen Simulator der Stream- und Backup-Dienste bis zur Unterbrechung ausführen.
Das Passwort ist bei jedem Lauf zufällig, sofern HYDRANT_SIM_PASSWORD nicht gesetzt ist.</translation>
    </message>
    <message>
        <source>--shape takes stocktwits, wrapped, activitystreams, twitter or mixed.</source>
        <translation>--shape erwartet stocktwits, wrapped, activitystreams, twitter oder mixed.</translation>
    </message>
    <message>
        <source>--file-size takes a size such as 512k, 20M or 2G.</source>
        <translation>--file-size erwartet eine Größe wie 512k, 20M oder 2G.</translation>
    </message>
    <message>
        <source>--stream-encoding takes auto, deflate or precompressed.</source>
        <translation>--stream-encoding erwartet auto, deflate oder precompressed.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert und --tls-key müssen zusammen angegeben werden.</translation>
    </message>
    <message>
        <source>The simulator could not start: %1</source>
        <translation>Der Simulator konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Stream URL:       %1</source>
        <translation>Stream-URL:       %1</translation>
    </message>
    <message>
        <source>Backups base URL: %1  (e.g. %2)</source>
        <translation>Backup-Basis-URL: %1  (z. B. %2)</translation>
    </message>
    <message>
        <source>User:             %1</source>
        <translation>Benutzer:         %1</translation>
    </message>
    <message>
        <source>Password:         %1</source>
        <translation>Passwort:         %1</translation>
    </message>
    <message>
        <source>CA certificate:   %1</source>
        <translation>CA-Zertifikat:    %1</translation>
    </message>
    <message>
        <source>Serving until interrupted (Ctrl+C).</source>
        <translation>Läuft bis zur Unterbrechung (Ctrl+C).</translation>
    </message>
    <message>
        <source>Stopped after %1 s: %2 messages sent (%3 per second) on %4 stream connections, %5 requests answered.</source>
        <translation>Nach %1 s gestoppt: %2 Nachrichten gesendet (%3 pro Sekunde) über %4 Stream-Verbindungen, %5 Anfragen beantwortet.</translation>
    </message>
    <message>
        <source>--rate takes a number of messages per second up to 10000000, or &apos;max&apos;.</source>
        <translation>--rate erwartet eine Anzahl Nachrichten pro Sekunde bis 10000000 oder „max“.</translation>
    </message>
</context>
<context>
    <name>SimFault</name>
    <message>
        <source>Unknown service “%1” in fault “%2”: use stream, backups or storage.</source>
        <translation>Unbekannter Dienst „%1“ in Störung „%2“: Verwenden Sie stream, backups oder storage.</translation>
    </message>
    <message>
        <source>Unknown fault “%1”.</source>
        <translation>Unbekannte Störung „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not an amount (a whole number, optionally with k, M or G).</source>
        <translation>„%1“ ist keine Menge (eine ganze Zahl, optional mit k, M oder G).</translation>
    </message>
    <message>
        <source>“%1” is not understood in fault “%2”: use times=N.</source>
        <translation>„%1“ in Störung „%2“ wird nicht verstanden: Verwenden Sie times=N.</translation>
    </message>
    <message>
        <source>[stream:|backups:|storage:]KIND[=AMOUNT][,times=N] with KIND one of %1</source>
        <translation>[stream:|backups:|storage:]ART[=MENGE][,times=N], wobei ART eines von %1 ist</translation>
    </message>
</context>
<context>
    <name>StreamCommand</name>
    <message>
        <source>%1 messages</source>
        <translation>%1 Nachrichten</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 reconnects</source>
        <translation>%1 Neuverbindungen</translation>
    </message>
    <message>
        <source>%1 duplicates dropped</source>
        <translation>%1 Duplikate verworfen</translation>
    </message>
    <message>
        <source>%1 malformed</source>
        <translation>%1 fehlerhaft</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 empfangen</translation>
    </message>
    <message>
        <source>Connect to a realtime stream, print or record it.</source>
        <translation>Mit einem Echtzeit-Stream verbinden, ihn ausgeben oder aufzeichnen.</translation>
    </message>
    <message>
        <source>The stream URL.</source>
        <translation>Die Stream-URL.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The user name (e-mail address).</source>
        <translation>Der Benutzername (E-Mail-Adresse).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>Use a saved stream account (see &apos;hydrant-cli account&apos;); --url and --user override it.</source>
        <translation>Ein gespeichertes Stream-Konto verwenden (siehe „hydrant-cli account“); --url und --user haben Vorrang.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Das Passwort aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Record the messages to DIR/{label}_{yyyy}_{mm}_{dd}.jsonl.gz.</source>
        <translation>Die Nachrichten in VERZ/{label}_{yyyy}_{mm}_{dd}.jsonl.gz aufzeichnen.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <source>Stop after S seconds.</source>
        <translation>Nach S Sekunden beenden.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Stop after N messages.</source>
        <translation>Nach N Nachrichten beenden.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Reconnect when no byte arrives for S seconds (default 30).</source>
        <translation>Neu verbinden, wenn S Sekunden lang kein Byte eintrifft (Standard: 30).</translation>
    </message>
    <message>
        <source>Write each message&apos;s JSON line to standard output.</source>
        <translation>Die JSON-Zeile jeder Nachricht auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>At the end, print a JSON summary object to standard output.</source>
        <translation>Am Ende ein JSON-Objekt mit einer Zusammenfassung auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Seconds between status lines on standard error (default 5, 0 = none).</source>
        <translation>Sekunden zwischen Statuszeilen auf der Standardfehlerausgabe (Standard: 5, 0 = keine).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (as %1 does).</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen (wie %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>hydrant-cli stream: connect to a realtime stream with Hydrant&apos;s stream client (gzip, reconnects with backoff, duplicate dropping), print or record it.

The password comes from --password-stdin, else the HYDRANT_PASSWORD environment variable, else the OS secret store for --profile. It is never taken from the command line.

Exit codes: 0 normal end (duration, message count or Ctrl+C), 1 usage error, 2 authentication failed (HTTP 401), 3 other fatal error (406, TLS, refused URL, recording failed).</source>
        <translation>hydrant-cli stream: mit dem Stream-Client von Hydrant (gzip, Neuverbindungen mit Backoff, Verwerfen von Duplikaten) eine Verbindung zu einem Echtzeit-Stream herstellen und ihn ausgeben oder aufzeichnen.

Das Passwort stammt aus --password-stdin, sonst aus der Umgebungsvariable HYDRANT_PASSWORD, sonst bei --profile aus dem Passwortspeicher des Betriebssystems. Es wird nie von der Befehlszeile übernommen.

Exit-Codes: 0 normales Ende (Dauer, Nachrichtenanzahl oder Ctrl+C), 1 Aufruffehler, 2 Authentifizierung fehlgeschlagen (HTTP 401), 3 anderer schwerwiegender Fehler (406, TLS, abgelehnte URL, Aufzeichnung fehlgeschlagen).</translation>
    </message>
    <message>
        <source>There is no stream account named &apos;%1&apos; (see &apos;hydrant-cli account list&apos;).</source>
        <translation>Es gibt kein Stream-Konto namens „%1“ (siehe „hydrant-cli account list“).</translation>
    </message>
    <message>
        <source>Give --url and --user, or --profile NAME.</source>
        <translation>Geben Sie --url und --user oder --profile NAME an.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1 too long, dropped</source>
        <translation>%1 zu lang, verworfen</translation>
    </message>
    <message>
        <source>Drop stream lines longer than N bytes, counting them (default: the Preferences setting, %1).</source>
        <translation>Stream-Zeilen verwerfen, die länger als N Bytes sind, und sie zählen (Standard: der Wert aus den Einstellungen, %1).</translation>
    </message>
    <message>
        <source>The stream&apos;s protocol: gnip (default; \r\n lines), firestream (StockTwits Firestream, server-sent events, resumes with seq_id) or stocktwits-firehose (the older StockTwits firehose, resumes with last_sequence_id or last_message_id).</source>
        <translation>Das Protokoll des Streams: gnip (Standard; Zeilen mit \r\n), firestream (StockTwits Firestream, Server-Sent Events, setzt mit seq_id fort) oder stocktwits-firehose (die ältere StockTwits-Firehose, setzt mit last_sequence_id oder last_message_id fort).</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>DIENST</translation>
    </message>
    <message>
        <source>Keep the resume position in FILE: saved after each item is recorded or printed; a run started again within the service&apos;s replay window (Firestream: 24 hours) continues after the last item saved. A gap that cannot be fetched is reported.</source>
        <translation>Die Fortsetzungsposition in DATEI speichern: nach jedem aufgezeichneten oder ausgegebenen Eintrag gesichert; ein Lauf, der innerhalb des Wiederholungsfensters des Dienstes (Firestream: 24 Stunden) erneut gestartet wird, setzt nach dem zuletzt gespeicherten Eintrag fort. Eine Lücke, die nicht abgerufen werden kann, wird gemeldet.</translation>
    </message>
    <message>
        <source>--service must be one of: %1.</source>
        <translation>--service muss einer der folgenden Werte sein: %1.</translation>
    </message>
    <message>
        <source>%1 has no resume position: --state keeps nothing (the stream&apos;s own backfill and duplicate dropping apply).</source>
        <translation>%1 hat keine Fortsetzungsposition: --state speichert nichts (es gelten das Backfill und das Verwerfen von Duplikaten des Streams selbst).</translation>
    </message>
    <message>
        <source>The state file %1 belongs to another stream (%2, %3): give another --state file.</source>
        <translation>Die Statusdatei %1 gehört zu einem anderen Stream (%2, %3): Geben Sie eine andere --state-Datei an.</translation>
    </message>
    <message>
        <source>This Hydrant was built without NATS: it cannot read a team relay.</source>
        <translation>Dieses Hydrant wurde ohne NATS erstellt: Es kann kein Team-Relay lesen.</translation>
    </message>
    <message>
        <source>A team relay&apos;s stream in NATS JetStream is read with --service nats (see &apos;hydrant-cli stream --service nats --help&apos;).</source>
        <translation>Der Stream eines Team-Relays in NATS JetStream wird mit --service nats gelesen (siehe „hydrant-cli stream --service nats --help“).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a team relay account: read it with --service nats --url %2 --stream %3.</source>
        <translation>&apos;%1&apos; ist ein Team-Relay-Konto: Lesen Sie es mit --service nats --url %2 --stream %3.</translation>
    </message>
</context>
<context>
    <name>StreamProfile</name>
    <message>
        <source>The account needs a name.</source>
        <translation>Das Konto benötigt einen Namen.</translation>
    </message>
    <message>
        <source>The stream URL still contains %1: fill in that field or paste the URL from the dashboard.</source>
        <translation>Die Stream-URL enthält noch %1: Füllen Sie dieses Feld aus oder fügen Sie die URL aus dem Dashboard ein.</translation>
    </message>
    <message>
        <source>Enter the user name (the e-mail address you sign in with).</source>
        <translation>Geben Sie den Benutzernamen ein (die E-Mail-Adresse, mit der Sie sich anmelden).</translation>
    </message>
    <message>
        <source>Backfill covers at most 5 minutes.</source>
        <translation>Backfill umfasst höchstens 5 Minuten.</translation>
    </message>
</context>
<context>
    <name>StreamServiceKind</name>
    <message>
        <source>Gnip firehose</source>
        <translation>Gnip-Firehose</translation>
    </message>
    <message>
        <source>StockTwits Firestream</source>
        <translation>StockTwits Firestream</translation>
    </message>
    <message>
        <source>StockTwits firehose (older)</source>
        <translation>StockTwits-Firehose (älter)</translation>
    </message>
    <message>
        <source>Team relay (NATS)</source>
        <translation>Team-Relay (NATS)</translation>
    </message>
</context>
<context>
    <name>TableFollower</name>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Keep the newest lines in view while the file grows; scrolling up stops following</source>
        <translation>Die neuesten Zeilen im Blick behalten, während die Datei wächst; Hochscrollen beendet das Folgen</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>Die Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>VersionInfo</name>
    <message>
        <source>built in (zip, tar, 7z, xz, bzip2, zstd)</source>
        <translation>integriert (zip, tar, 7z, xz, bzip2, zstd)</translation>
    </message>
    <message>
        <source>not built in (gzip and plain JSON lines only)</source>
        <translation>nicht integriert (nur gzip und reine JSON-Lines)</translation>
    </message>
    <message>
        <source>Hydrant %1
Qt %2 (built with %3)
KArchive: %4</source>
        <translation>Hydrant %1
Qt %2 (erstellt mit %3)
KArchive: %4</translation>
    </message>
    <message>
        <source>ISA-L: not built in (zlib inflates gzip files)</source>
        <translation>ISA-L: nicht eingebaut (zlib entpackt gzip-Dateien)</translation>
    </message>
    <message>
        <source>NATS: not built in (no team relay)</source>
        <translation>NATS: nicht integriert (kein Team-Relay)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: hydrant-cli COMMAND [options]

The headless side of Hydrant: stream, download, inspect archives, manage accounts and run the simulator.

Commands:
</source>
        <translation>Aufruf: hydrant-cli BEFEHL [Optionen]

Hydrant ohne grafische Oberfläche: streamen, herunterladen, Archive untersuchen, Konten verwalten und den Simulator ausführen.

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &apos;hydrant-cli COMMAND --help&apos; for the options of a command.
Exit codes: 0 success, 1 usage error, 2 authentication failed, 3 other failure.
Passwords are read from --password-stdin or the HYDRANT_PASSWORD environment variable, or from the OS secret store for a saved account; never from the command line.</source>
        <translation>
Führen Sie „hydrant-cli BEFEHL --help“ aus, um die Optionen eines Befehls anzuzeigen.
Exit-Codes: 0 Erfolg, 1 Aufruffehler, 2 Authentifizierung fehlgeschlagen, 3 anderer Fehler.
Passwörter werden aus --password-stdin oder der Umgebungsvariable HYDRANT_PASSWORD gelesen oder bei einem gespeicherten Konto aus dem Passwortspeicher des Betriebssystems; niemals von der Befehlszeile.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Hydrant: watch realtime social-data streams, download their daily backups and explore the archives.</source>
        <translation>Hydrant: Echtzeit-Streams sozialer Daten verfolgen, ihre täglichen Backups herunterladen und die Archive auswerten.</translation>
    </message>
    <message>
        <source>Show version information.</source>
        <translation>Versionsinformationen anzeigen.</translation>
    </message>
    <message>
        <source>Run against the built-in simulator with demo credentials.</source>
        <translation>Mit dem integrierten Simulator und Demo-Zugangsdaten ausführen.</translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit.</source>
        <translation>Das Fenster in eine PNG-Datei rendern und beenden.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <source>Page to show: live, backups or files.</source>
        <translation>Anzuzeigende Seite: live, backups oder files.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>seite</translation>
    </message>
    <message>
        <source>Seconds to wait before the screenshot (default 1.5).</source>
        <translation>Sekunden bis zum Screenshot (Standard: 1,5).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunden</translation>
    </message>
    <message>
        <source>Unknown page &apos;%1&apos;: use live, backups or files.</source>
        <translation>Unbekannte Seite „%1“: Verwenden Sie live, backups oder files.</translation>
    </message>
    <message>
        <source>--after needs a number of seconds.</source>
        <translation>--after erfordert eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>This Hydrant was built without NATS: it has no team relay.</source>
        <translation>Dieses Hydrant wurde ohne NATS erstellt: Es bietet kein Team-Relay.</translation>
    </message>
    <message>
        <source>Archives to open in the Files page; several files or a folder open as one dataset.</source>
        <translation>Archive, die auf der Seite „Dateien“ geöffnet werden sollen; mehrere Dateien oder ein Ordner werden als ein Datensatz geöffnet.</translation>
    </message>
</context>
</TS>
