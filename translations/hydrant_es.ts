<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Hydrant</source>
        <translation>Acerca de Hydrant</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Hydrant %1&lt;/h2&gt;&lt;p&gt;Watch realtime social-data streams, download their daily backups and explore the archives.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Hydrant %1&lt;/h2&gt;&lt;p&gt;Siga flujos de datos sociales en tiempo real, descargue sus copias de seguridad diarias y explore los archivos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Hydrant is free software, released under the MIT licence.&lt;/p&gt;&lt;p&gt;It is built on these libraries:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hydrant es software libre, publicado bajo la licencia MIT.&lt;/p&gt;&lt;p&gt;Se basa en estas bibliotecas:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Qt %1&lt;/b&gt; — LGPL 3.0 (Qt Charts: GPL 3.0)&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Qt %1&lt;/b&gt; — LGPL 3.0 (Qt Charts: GPL 3.0)&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;zlib&lt;/b&gt; — zlib licence&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;zlib&lt;/b&gt; — licencia zlib&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;simdjson&lt;/b&gt; — Apache 2.0 or MIT&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;simdjson&lt;/b&gt; — Apache 2.0 o MIT&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;QtKeychain&lt;/b&gt; — BSD 3-Clause&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;QtKeychain&lt;/b&gt; — BSD de 3 cláusulas&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;KArchive&lt;/b&gt; (KDE Frameworks 6) — LGPL 2.0 or later&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;KArchive&lt;/b&gt; (KDE Frameworks 6) — LGPL 2.0 o posterior&lt;/li&gt;</translation>
    </message>
</context>
<context>
    <name>AccountCommand</name>
    <message>
        <source>Manage accounts: add, list, remove, test.</source>
        <translation>Gestionar cuentas: add, list, remove, test.</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICIO</translation>
    </message>
    <message>
        <source>add: the stream URL (may contain {ACCOUNT_NAME}, {DATA_SOURCE}, {STREAM_LABEL}) or the backups base URL.</source>
        <translation>add: la URL del flujo (puede contener {ACCOUNT_NAME}, {DATA_SOURCE}, {STREAM_LABEL}) o la URL base de las copias de seguridad.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>add: the user name (an e-mail address).</source>
        <translation>add: el nombre de usuario (una dirección de correo electrónico).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <source>add: fills {ACCOUNT_NAME}.</source>
        <translation>add: rellena {ACCOUNT_NAME}.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>add: fills {DATA_SOURCE}.</source>
        <translation>add: rellena {DATA_SOURCE}.</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>add: fills {STREAM_LABEL}.</source>
        <translation>add: rellena {STREAM_LABEL}.</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>ETIQUETA</translation>
    </message>
    <message>
        <source>add: client=N for Backfill streams.</source>
        <translation>add: client=N para flujos con Backfill.</translation>
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
        <translation>TIPOS</translation>
    </message>
    <message>
        <source>add: read the password from the first line of standard input.</source>
        <translation>add: leer la contraseña de la primera línea de la entrada estándar.</translation>
    </message>
    <message>
        <source>add: make it the account the application uses for the service.</source>
        <translation>add: convertirla en la cuenta que usa la aplicación para el servicio.</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: mostrar el resultado en JSON.</translation>
    </message>
    <message>
        <source>add, list, remove or test.</source>
        <translation>add, list, remove o test.</translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>El nombre de la cuenta.</translation>
    </message>
    <message>
        <source>hydrant-cli account: manage the stream and backup accounts the application uses.

  add NAME --url URL --user USER [--password-stdin]   save or update an account
  list [--json]                                       show the accounts (never passwords)
  remove NAME                                         delete an account and its password
  test NAME                                           make one real request with it

Passwords are stored in the OS secret store. They are read from --password-stdin or the HYDRANT_PASSWORD environment variable; there is deliberately no --password option, as command lines are visible to other users.

Exit codes: 0 success, 1 usage error, 2 authentication failed (test), 3 other failure.</source>
        <translation>hydrant-cli account: gestionar las cuentas de flujo y de copias de seguridad que usa la aplicación.

  add NOMBRE --url URL --user USUARIO [--password-stdin]   guardar o actualizar una cuenta
  list [--json]                                            mostrar las cuentas (nunca las contraseñas)
  remove NOMBRE                                            eliminar una cuenta y su contraseña
  test NOMBRE                                              hacer una solicitud real con ella

Las contraseñas se guardan en el almacén de secretos del sistema. Se leen de --password-stdin o de la variable de entorno HYDRANT_PASSWORD; deliberadamente no existe la opción --password, ya que las líneas de comandos son visibles para otros usuarios.

Códigos de salida: 0 éxito, 1 error de uso, 2 error de autenticación (test), 3 otro error.</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with &apos;hydrant-cli account add NAME --url URL --user USER --password-stdin&apos;.</source>
        <translation>Aún no hay cuentas. Añada una con &apos;hydrant-cli account add NOMBRE --url URL --user USUARIO --password-stdin&apos;.</translation>
    </message>
    <message>
        <source>Usage: hydrant-cli account add|remove|test NAME [options], or hydrant-cli account list.</source>
        <translation>Uso: hydrant-cli account add|remove|test NOMBRE [opciones], o hydrant-cli account list.</translation>
    </message>
    <message>
        <source>Both a stream and a backups account are named &apos;%1&apos;: add --service.</source>
        <translation>Hay una cuenta de flujo y una de copias de seguridad llamadas &apos;%1&apos;: añada --service.</translation>
    </message>
    <message>
        <source>There is no account named &apos;%1&apos;.</source>
        <translation>No existe ninguna cuenta llamada &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Removed the account &apos;%1&apos; and its password.</source>
        <translation>Se han eliminado la cuenta &apos;%1&apos; y su contraseña.</translation>
    </message>
    <message>
        <source>Saved the account &apos;%1&apos; without a password (give one with --password-stdin or HYDRANT_PASSWORD).</source>
        <translation>Se ha guardado la cuenta &apos;%1&apos; sin contraseña (indíquela con --password-stdin o HYDRANT_PASSWORD).</translation>
    </message>
    <message>
        <source>Saved the account &apos;%1&apos;; the password is in the OS secret store.</source>
        <translation>Se ha guardado la cuenta &apos;%1&apos;; la contraseña está en el almacén de secretos del sistema.</translation>
    </message>
    <message>
        <source>Saved the account &apos;%1&apos;, but not its password: %2</source>
        <translation>Se ha guardado la cuenta &apos;%1&apos;, pero no su contraseña: %2</translation>
    </message>
    <message>
        <source>Saved the account &apos;%1&apos;, but the secret store refused the password: %2</source>
        <translation>Se ha guardado la cuenta &apos;%1&apos;, pero el almacén de secretos ha rechazado la contraseña: %2</translation>
    </message>
    <message>
        <source>[NAME]</source>
        <translation>[NOMBRE]</translation>
    </message>
    <message>
        <source>stream (default) or backups; for a stream account also its protocol: gnip (the default), firestream or stocktwits-firehose.</source>
        <translation>stream (valor predeterminado) o backups; para una cuenta de flujo, también su protocolo: gnip (valor predeterminado), firestream o stocktwits-firehose.</translation>
    </message>
    <message>
        <source>add: backup file types, comma-separated (default %1).</source>
        <translation>add: tipos de archivo de copia de seguridad, separados por comas (valor predeterminado: %1).</translation>
    </message>
    <message>
        <source>--service must be stream, backups, gnip, firestream or stocktwits-firehose.</source>
        <translation>--service debe ser stream, backups, gnip, firestream o stocktwits-firehose.</translation>
    </message>
    <message>
        <source>A team relay account is added in the window (Settings → Accounts…); scripts read a relay with &apos;hydrant-cli stream --service nats&apos;.</source>
        <translation>Una cuenta de relé de equipo se añade en la ventana (Configuración → Cuentas…); los scripts leen un relé con &apos;hydrant-cli stream --service nats&apos;.</translation>
    </message>
    <message>
        <source>add: the symbol backups&apos; metrics your dashboard lists, comma-separated (default none; &apos;&apos; clears them).</source>
        <translation>add: las métricas de las copias de seguridad de símbolos que indica su panel, separadas por comas (ninguna de forma predeterminada; &apos;&apos; las borra).</translation>
    </message>
    <message>
        <source>METRICS</source>
        <translation>MÉTRICAS</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>There is no stream account named “%1”.</source>
        <translation>No existe ninguna cuenta de flujo llamada “%1”.</translation>
    </message>
    <message>
        <source>No password is saved for this account.</source>
        <translation>No hay ninguna contraseña guardada para esta cuenta.</translation>
    </message>
    <message>
        <source>There is no backup account named “%1”.</source>
        <translation>No existe ninguna cuenta de copias de seguridad llamada “%1”.</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Backup account “%1”: the file type “messages” was changed to “message”, the name the backup service documents.</source>
        <translation>Cuenta de copias de seguridad “%1”: el tipo de archivo “messages” se ha cambiado a “message”, el nombre que documenta el servicio de copias de seguridad.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>not sent</source>
        <translation>no se envía</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Stream account</source>
        <translation>Cuenta de flujo</translation>
    </message>
    <message>
        <source>Backups account</source>
        <translation>Cuenta de copias de seguridad</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Add a stream account (the realtime firehose) or a backups account (the daily archives) with Add.</source>
        <translation>Añada una cuenta de flujo (el firehose en tiempo real) o una cuenta de copias de seguridad (los archivos diarios) con Añadir.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Makes one real request with these settings and reports the answer.</source>
        <translation>Hace una solicitud real con esta configuración e informa de la respuesta.</translation>
    </message>
    <message>
        <source>Paste the stream URL from the provider&apos;s dashboard. {ACCOUNT_NAME}, {DATA_SOURCE} and {STREAM_LABEL} are filled from the fields below.</source>
        <translation>Pegue la URL del flujo desde el panel de su proveedor. {ACCOUNT_NAME}, {DATA_SOURCE} y {STREAM_LABEL} se rellenan con los campos de abajo.</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insertar</translation>
    </message>
    <message>
        <source>Insert a placeholder at the cursor</source>
        <translation>Insertar un marcador de posición en el cursor</translation>
    </message>
    <message>
        <source>Reset to the standard firehose URL</source>
        <translation>Restablecer la URL estándar del firehose</translation>
    </message>
    <message>
        <source>client=N, for streams bought with Backfill</source>
        <translation>client=N, para flujos contratados con Backfill</translation>
    </message>
    <message>
        <source>backfillMinutes=N (1–5), for newer products</source>
        <translation>backfillMinutes=N (1–5), para productos más recientes</translation>
    </message>
    <message>
        <source>partition=N, for partitioned streams</source>
        <translation>partition=N, para flujos particionados</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>kept in the OS secret store</source>
        <translation>se guarda en el almacén de secretos del sistema</translation>
    </message>
    <message>
        <source>Use this account for the Live page</source>
        <translation>Usar esta cuenta para la página En directo</translation>
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
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Stream URL:</source>
        <translation>URL del flujo:</translation>
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
        <translation>Parámetros:</translation>
    </message>
    <message>
        <source>Connects to:</source>
        <translation>Se conecta a:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>The service&apos;s base URL; /backups/{type}/{yyyy}/{mm}/{dd} is appended.</source>
        <translation>La URL base del servicio; se le añade /backups/{type}/{yyyy}/{mm}/{dd}.</translation>
    </message>
    <message>
        <source>The file types your account may download, separated by commas.</source>
        <translation>Los tipos de archivo que su cuenta puede descargar, separados por comas.</translation>
    </message>
    <message>
        <source>Use this account for the Backups page</source>
        <translation>Usar esta cuenta para la página Copias de seguridad</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <source>&amp;File types:</source>
        <translation>&amp;Tipos de archivo:</translation>
    </message>
    <message>
        <source> (in use)</source>
        <translation> (en uso)</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Stream %1</source>
        <translation>Flujo %1</translation>
    </message>
    <message>
        <source>Fill in the account, then press Save.</source>
        <translation>Rellene los datos de la cuenta y pulse Guardar.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Backups %1</source>
        <translation>Copias de seguridad %1</translation>
    </message>
    <message>
        <source>There is already a stream account named “%1”.</source>
        <translation>Ya existe una cuenta de flujo llamada “%1”.</translation>
    </message>
    <message>
        <source>There is already a backups account named “%1”.</source>
        <translation>Ya existe una cuenta de copias de seguridad llamada “%1”.</translation>
    </message>
    <message>
        <source>Saved; the password is in the OS secret store.</source>
        <translation>Se ha guardado; la contraseña está en el almacén de secretos del sistema.</translation>
    </message>
    <message>
        <source>Saved; the password is kept for this run only.</source>
        <translation>Se ha guardado; la contraseña se conserva solo durante esta sesión.</translation>
    </message>
    <message>
        <source>Saved, but the secret store refused the password.</source>
        <translation>Se ha guardado, pero el almacén de secretos ha rechazado la contraseña.</translation>
    </message>
    <message>
        <source>Saved (no password given).</source>
        <translation>Se ha guardado (sin contraseña).</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Remove the stream account “%1” and its saved password?</source>
        <translation>¿Desea eliminar la cuenta de flujo “%1” y su contraseña guardada?</translation>
    </message>
    <message>
        <source>Remove the backups account “%1” and its saved password?</source>
        <translation>¿Desea eliminar la cuenta de copias de seguridad “%1” y su contraseña guardada?</translation>
    </message>
    <message>
        <source>Removed “%1”. Undo is possible until this dialog closes.</source>
        <translation>Se ha eliminado “%1”. Puede deshacerse hasta que se cierre este cuadro de diálogo.</translation>
    </message>
    <message>
        <source>The form has changes that are not saved. Press Save to keep them, or Escape again to close without them.</source>
        <translation>El formulario tiene cambios sin guardar. Pulse Guardar para conservarlos, o vuelva a pulsar Esc para cerrar sin ellos.</translation>
    </message>
    <message>
        <source>The protocol the stream speaks: how its body is framed and how a reconnect resumes.</source>
        <translation>El protocolo del flujo: cómo se delimita su contenido y cómo se reanuda al reconectar.</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vicio:</translation>
    </message>
    <message>
        <source>Team relay account (NATS)</source>
        <translation>Cuenta de relé de equipo (NATS)</translation>
    </message>
    <message>
        <source>nats://relay1:4222, tls://relay2:4222</source>
        <translation>nats://relay1:4222, tls://relay2:4222</translation>
    </message>
    <message>
        <source>The NATS servers of the team relay, separated by commas: nats://HOST:PORT or tls://HOST:PORT.</source>
        <translation>Los servidores NATS del relé de equipo, separados por comas: nats://HOST:PORT o tls://HOST:PORT.</translation>
    </message>
    <message>
        <source>The JetStream stream the relay writes (default HYDRANT).</source>
        <translation>El flujo JetStream en el que escribe el relé (HYDRANT por defecto).</translation>
    </message>
    <message>
        <source>The relay&apos;s subject prefix (default hydrant).</source>
        <translation>El prefijo de asunto del retransmisor (valor predeterminado: hydrant).</translation>
    </message>
    <message>
        <source>NATS &amp;servers:</source>
        <translation>&amp;Servidores NATS:</translation>
    </message>
    <message>
        <source>JetStream s&amp;tream:</source>
        <translation>Flujo Je&amp;tStream:</translation>
    </message>
    <message>
        <source>Su&amp;bject prefix:</source>
        <translation>Pre&amp;fijo de asunto:</translation>
    </message>
    <message>
        <source>optional: the NATS user</source>
        <translation>opcional: el usuario NATS</translation>
    </message>
    <message>
        <source>Team relay</source>
        <translation>Relé de equipo</translation>
    </message>
    <message>
        <source>Team relay %1</source>
        <translation>Relé de equipo %1</translation>
    </message>
    <message>
        <source>Enter the team relay&apos;s NATS servers, then press Save.</source>
        <translation>Introduzca los servidores NATS del relé de equipo y pulse Guardar.</translation>
    </message>
    <message>
        <source>The symbol backups&apos; metrics your dashboard lists (for example trending), separated by commas; empty for none.</source>
        <translation>Las métricas de las copias de seguridad de símbolos que indica su panel (por ejemplo trending), separadas por comas; vacío para ninguna.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Symbol &amp;metrics:</source>
        <translation>&amp;Métricas de símbolos:</translation>
    </message>
</context>
<context>
    <name>ArchiveAccess</name>
    <message>
        <source>This file is %1. Opening it needs the KArchive library (KDE Frameworks 6), which this build of Hydrant does not include. Use a build made with KArchive (for example on Debian 13: install libkf6archive-dev and configure with -DHYDRANT_WITH_KARCHIVE=ON), or convert the file to .jsonl.gz.</source>
        <translation>Este archivo es %1. Para abrirlo se necesita la biblioteca KArchive (KDE Frameworks 6), que esta compilación de Hydrant no incluye. Use una compilación hecha con KArchive (por ejemplo, en Debian 13: instale libkf6archive-dev y configure con -DHYDRANT_WITH_KARCHIVE=ON) o convierta el archivo a .jsonl.gz.</translation>
    </message>
    <message>
        <source>Cannot read the archive: %1</source>
        <translation>No se puede leer el archivo comprimido: %1</translation>
    </message>
    <message>
        <source>unsupported format</source>
        <translation>formato no compatible</translation>
    </message>
    <message>
        <source>The archive member name &quot;%1&quot; is not safe (absolute or leading outside the archive); it is not opened.</source>
        <translation>El nombre de miembro del archivo comprimido &quot;%1&quot; no es seguro (es absoluto o apunta fuera del archivo comprimido); no se abre.</translation>
    </message>
    <message>
        <source>The archive has no file named &quot;%1&quot;.</source>
        <translation>El archivo comprimido no contiene ningún archivo llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot; from the archive.</source>
        <translation>No se puede leer &quot;%1&quot; del archivo comprimido.</translation>
    </message>
    <message>
        <source>This file is zstd-compressed, but the KArchive library this build uses was made without zstd support. Decompress it first (zstd -d FILE) or use a KArchive built with zstd.</source>
        <translation>Este archivo está comprimido con zstd, pero la biblioteca KArchive que usa esta compilación se creó sin compatibilidad con zstd. Descomprímalo primero (zstd -d ARCHIVO) o use una KArchive compilada con zstd.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>KArchive cannot decompress %1.</source>
        <translation>KArchive no puede descomprimir %1.</translation>
    </message>
</context>
<context>
    <name>ArchiveMemberPicker</name>
    <message>
        <source>This archive holds several files. Choose the one to open:</source>
        <translation>Este archivo comprimido contiene varios archivos. Elija el que desea abrir:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>This name could lead outside the archive; it is not opened.</source>
        <translation>Este nombre podría apuntar fuera del archivo comprimido; no se abre.</translation>
    </message>
</context>
<context>
    <name>BackupCatalogue</name>
    <message>
        <source>%1 cannot be deleted: %2</source>
        <translation>No se puede eliminar %1: %2</translation>
    </message>
</context>
<context>
    <name>BackupDayStatus</name>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <source>Partly on disk</source>
        <translation>Parcialmente en disco</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>En disco</translation>
    </message>
    <message>
        <source>Queued or downloading</source>
        <translation>En cola o descargándose</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>In the future</source>
        <translation>En el futuro</translation>
    </message>
</context>
<context>
    <name>BackupNaming</name>
    <message>
        <source>The file type is empty.</source>
        <translation>El tipo de archivo está vacío.</translation>
    </message>
    <message>
        <source>“%1” is not a valid file type: use a lower-case letter followed by up to 63 lower-case letters, digits, “_” or “-”.</source>
        <translation>“%1” no es un tipo de archivo válido: use una letra minúscula seguida de hasta 63 letras minúsculas, dígitos, “_” o “-”.</translation>
    </message>
    <message>
        <source>The date is not a real calendar day.</source>
        <translation>La fecha no es un día real del calendario.</translation>
    </message>
    <message>
        <source>The year must have four digits.</source>
        <translation>El año debe tener cuatro dígitos.</translation>
    </message>
    <message>
        <source>%1 is in the future: no backup exists for it yet.</source>
        <translation>%1 está en el futuro: todavía no existe ninguna copia de seguridad de ese día.</translation>
    </message>
    <message>
        <source>The symbol backup metric is empty.</source>
        <translation>La métrica de copia de seguridad de símbolos está vacía.</translation>
    </message>
    <message>
        <source>“%1” is not a valid symbol backup metric: use a letter or digit followed by up to 63 letters, digits, “_” or “-”.</source>
        <translation>“%1” no es una métrica de copia de seguridad de símbolos válida: use una letra o un dígito seguido de hasta 63 letras, dígitos, “_” o “-”.</translation>
    </message>
    <message>
        <source>“%1” is not a valid file type: names beginning with “symbols_” are the symbol backups&apos;: give the metric as a symbol metric.</source>
        <translation>“%1” no es un tipo de archivo válido: los nombres que empiezan por “symbols_” corresponden a las copias de seguridad de símbolos; indique la métrica como métrica de símbolos.</translation>
    </message>
</context>
<context>
    <name>BackupProfile</name>
    <message>
        <source>The account needs a name.</source>
        <translation>La cuenta necesita un nombre.</translation>
    </message>
    <message>
        <source>List at least one file type (for example activity).</source>
        <translation>Indique al menos un tipo de archivo (por ejemplo, activity).</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Introduzca el nombre de usuario.</translation>
    </message>
</context>
<context>
    <name>BackupResolver</name>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La conexión segura con %1 ha fallado: %2</translation>
    </message>
    <message>
        <source>The backup service at %1 could not be reached: %2</source>
        <translation>No se ha podido contactar con el servicio de copias de seguridad en %1: %2</translation>
    </message>
    <message>
        <source>The backup service answered %1 without a download link.</source>
        <translation>El servicio de copias de seguridad ha respondido %1 sin un enlace de descarga.</translation>
    </message>
    <message>
        <source>The download link was not followed. %1</source>
        <translation>No se ha seguido el enlace de descarga. %1</translation>
    </message>
    <message>
        <source>The backup service answered with a download link of %1, longer than the %2 Hydrant accepts; it was not followed.</source>
        <translation>El servicio de copias de seguridad ha respondido con un enlace de descarga de %1, más largo que los %2 que acepta Hydrant; no se ha seguido.</translation>
    </message>
    <message>
        <source>The backup service answered with %1 of headers, more than the %2 Hydrant accepts; the answer was not used.</source>
        <translation>El servicio de copias de seguridad ha respondido con %1 de cabeceras, más de los %2 que acepta Hydrant; no se ha usado la respuesta.</translation>
    </message>
    <message>
        <source>The backup service sent an answer longer than %1; it was not read to the end.</source>
        <translation>El servicio de copias de seguridad ha enviado una respuesta de más de %1; no se ha leído hasta el final.</translation>
    </message>
    <message numerus="yes">
        <source>The backup service at %1 accepted the request but did not answer within %n second(s).</source>
        <translation>
            <numerusform>El servicio de copias de seguridad en %1 ha aceptado la solicitud, pero no ha respondido en %n segundo.</numerusform>
            <numerusform>El servicio de copias de seguridad en %1 ha aceptado la solicitud, pero no ha respondido en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup service at %1 could not be reached within %n second(s).</source>
        <translation>
            <numerusform>No se ha podido contactar en %n segundo con el servicio de copias de seguridad en %1.</numerusform>
            <numerusform>No se ha podido contactar en %n segundos con el servicio de copias de seguridad en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Daily backups</source>
        <translation>Copias de seguridad diarias</translation>
    </message>
    <message>
        <source>&amp;Download Selected Days</source>
        <translation>&amp;Descargar días seleccionados</translation>
    </message>
    <message>
        <source>Queue every selected file type for every selected day</source>
        <translation>Añadir a la cola todos los tipos de archivo seleccionados de todos los días seleccionados</translation>
    </message>
    <message>
        <source>&amp;Pause All</source>
        <translation>&amp;Pausar todas</translation>
    </message>
    <message>
        <source>&amp;Resume All</source>
        <translation>&amp;Reanudar todas</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Re&amp;intentar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>&amp;Limpiar finalizadas</translation>
    </message>
    <message>
        <source>Enter &amp;Password…</source>
        <translation>Introducir contra&amp;seña…</translation>
    </message>
    <message>
        <source>File types</source>
        <translation>Tipos de archivo</translation>
    </message>
    <message>
        <source>Select &amp;Month</source>
        <translation>Seleccionar &amp;mes</translation>
    </message>
    <message>
        <source>Select every day of the month on show (up to today)</source>
        <translation>Seleccionar todos los días del mes mostrado (hasta hoy)</translation>
    </message>
    <message>
        <source>&amp;Download Selected</source>
        <translation>&amp;Descargar selección</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Cam&amp;biar…</translation>
    </message>
    <message>
        <source>Choose the folder downloads are saved in</source>
        <translation>Elegir la carpeta en la que se guardan las descargas</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Download queue&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cola de descargas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Select days on the calendar (click, shift-click or drag, or “Select Month”) and press “Download Selected”.</source>
        <translation>Seleccione días en el calendario (con clic, Mayús+clic o arrastrando, o con “Seleccionar mes”) y pulse “Descargar selección”.</translation>
    </message>
    <message>
        <source>Save Backups In</source>
        <translation>Guardar copias de seguridad en</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>Seleccionado: %1</translation>
    </message>
    <message>
        <source>%1 – %2 selected</source>
        <translation>Seleccionado: %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n file(s))</source>
        <translation>
            <numerusform>(%n archivo)</numerusform>
            <numerusform>(%n archivos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) queued.</source>
        <translation>
            <numerusform>%n archivo añadido a la cola.</numerusform>
            <numerusform>%n archivos añadidos a la cola.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already on disk.</source>
        <translation>
            <numerusform>%n ya está en el disco.</numerusform>
            <numerusform>%n ya están en el disco.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the queue.</source>
        <translation>
            <numerusform>%n ya está en la cola.</numerusform>
            <numerusform>%n ya están en la cola.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Paused: the service needs the password.</source>
        <translation>En pausa: el servicio necesita la contraseña.</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n en curso</numerusform>
            <numerusform>%n en curso</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n en cola</numerusform>
            <numerusform>%n en cola</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n en pausa</numerusform>
            <numerusform>%n en pausa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n completada</numerusform>
            <numerusform>%n completadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not available</source>
        <translation>
            <numerusform>%n no disponible</numerusform>
            <numerusform>%n no disponibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n con error</numerusform>
            <numerusform>%n con error</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete File</source>
        <translation>Eliminar archivo</translation>
    </message>
    <message>
        <source>Delete %1 from the disk? It can be downloaded again later.</source>
        <translation>¿Desea eliminar %1 del disco? Podrá volver a descargarlo más tarde.</translation>
    </message>
    <message>
        <source>Open in Files Page</source>
        <translation>Abrir en la página Archivos</translation>
    </message>
    <message>
        <source>Show in File Manager</source>
        <translation>Mostrar en el gestor de archivos</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Delete File…</source>
        <translation>Eliminar archivo…</translation>
    </message>
    <message>
        <source>Remove from Queue</source>
        <translation>Quitar de la cola</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 hasta ahora</translation>
    </message>
    <message>
        <source>Retry the selected downloads, or every failed one when none is selected</source>
        <translation>Reintentar las descargas seleccionadas o, si no hay ninguna seleccionada, todas las que hayan fallado</translation>
    </message>
    <message>
        <source>Stop the selected downloads and delete what they downloaded</source>
        <translation>Detener las descargas seleccionadas y eliminar lo que ya hayan descargado</translation>
    </message>
    <message>
        <source>&amp;Hide Not Available</source>
        <translation>&amp;Ocultar no disponibles</translation>
    </message>
    <message>
        <source>Hide the days the service has no file for from the queue</source>
        <translation>Ocultar en la cola los días para los que el servicio no tiene ningún archivo</translation>
    </message>
    <message>
        <source>Cancel Downloads</source>
        <translation>Cancelar descargas</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n download(s) and delete the %1 already downloaded?</source>
        <translation>
            <numerusform>¿Desea cancelar %n descarga y eliminar lo ya descargado (%1)?</numerusform>
            <numerusform>¿Desea cancelar %n descargas y eliminar lo ya descargado (%1)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause keeps what was downloaded, to carry on later.</source>
        <translation>Al pausar, se conserva lo descargado para continuar más tarde.</translation>
    </message>
    <message>
        <source>Cancel and Delete</source>
        <translation>Cancelar y eliminar</translation>
    </message>
    <message>
        <source>Keep Downloading</source>
        <translation>Seguir descargando</translation>
    </message>
    <message>
        <source>Nothing to retry: select a download, or wait for one to fail.</source>
        <translation>No hay nada que reintentar: seleccione una descarga o espere a que alguna falle.</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n failed download(s).</source>
        <translation>
            <numerusform>Reintentando %n descarga fallida.</numerusform>
            <numerusform>Reintentando %n descargas fallidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup service is set up yet. Add a backup account under Settings → Accounts… (base URL, user name and file types), or try the calendar and downloads in the demo (or start Hydrant with %1): it runs against a built-in simulator, no account needed.</source>
        <extracomment>%1 is the command hydrant --demo</extracomment>
        <translation>Aún no hay ningún servicio de copias de seguridad configurado. Añada una cuenta de copias de seguridad en Configuración → Cuentas… (URL base, nombre de usuario y tipos de archivo), o pruebe el calendario y las descargas en la demostración (o inicie Hydrant con %1): funciona con un simulador integrado, sin necesidad de cuenta.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Probar la demostración</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move to &amp;Top</source>
        <translation>&amp;Mover al principio</translation>
    </message>
    <message>
        <source>Move to &amp;Bottom</source>
        <translation>Mover al &amp;final</translation>
    </message>
    <message>
        <source>Download the selected days sooner</source>
        <translation>Descargar antes los días seleccionados</translation>
    </message>
    <message>
        <source>Download the selected days later</source>
        <translation>Descargar más tarde los días seleccionados</translation>
    </message>
    <message>
        <source>&amp;Open Selected Days</source>
        <translation>&amp;Abrir días seleccionados</translation>
    </message>
    <message>
        <source>Open the downloaded files of the selected days in the Files page, as one dataset</source>
        <translation>Abrir en la página Archivos los archivos descargados de los días seleccionados, como un solo conjunto de datos</translation>
    </message>
    <message>
        <source>&amp;Open Selected</source>
        <translation>&amp;Abrir selección</translation>
    </message>
    <message>
        <source>None of the selected days is downloaded yet.</source>
        <translation>Aún no se ha descargado ninguno de los días seleccionados.</translation>
    </message>
    <message>
        <source>No file manager could show %1: open the folder %2 yourself.</source>
        <translation>Ningún gestor de archivos pudo mostrar %1: abra usted la carpeta %2.</translation>
    </message>
</context>
<context>
    <name>BookmarkMenu</name>
    <message>
        <source>Bookmark</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <source>Bookmark the selected line, or remove its bookmark</source>
        <translation>Añadir un marcador a la línea seleccionada o quitar su marcador</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Bookmark the selected line, or go to a bookmarked line</source>
        <translation>Añadir un marcador a la línea seleccionada o ir a una línea con marcador</translation>
    </message>
    <message>
        <source>No bookmarks yet (Ctrl+B bookmarks the selected line)</source>
        <translation>Aún no hay marcadores (Ctrl+B añade un marcador a la línea seleccionada)</translation>
    </message>
    <message>
        <source>Remove All Bookmarks</source>
        <translation>Quitar todos los marcadores</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Run &apos;%1 --help&apos; for the options.</source>
        <translation>Ejecute &apos;%1 --help&apos; para ver las opciones.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not “%4”.</source>
        <translation>--%1 requiere un número entero de %2 a %3, no “%4”.</translation>
    </message>
    <message>
        <source>--%1 needs a number from %2 to %3, not “%4”.</source>
        <translation>--%1 requiere un número de %2 a %3, no “%4”.</translation>
    </message>
    <message>
        <source>No password: use --password-stdin, set HYDRANT_PASSWORD, or save one with &apos;hydrant-cli account add&apos;.</source>
        <translation>Sin contraseña: use --password-stdin, defina HYDRANT_PASSWORD o guarde una con &apos;hydrant-cli account add&apos;.</translation>
    </message>
    <message>
        <source>Standard input (-) is read alone, not with other files.</source>
        <translation>La entrada estándar (-) se lee sola, no junto con otros archivos.</translation>
    </message>
    <message>
        <source>Cannot save standard input to %1: %2</source>
        <translation>No se puede guardar la entrada estándar en %1: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionLog</name>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Server info</source>
        <translation>Información del servidor</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Error del servidor</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <source>Copy log</source>
        <translation>Copiar registro</translation>
    </message>
</context>
<context>
    <name>ConnectionStatusBar</name>
    <message>
        <source>Messages per second over the last second</source>
        <translation>Mensajes por segundo durante el último segundo</translation>
    </message>
    <message>
        <source>Time since the last byte (data or heartbeat); 30 s without one is a stall</source>
        <translation>Tiempo desde el último byte (datos o latido); tras 30 s sin ninguno, la conexión se considera estancada</translation>
    </message>
    <message>
        <source>Activities dropped because their id was already seen (backfill after a reconnect)</source>
        <translation>Actividades descartadas porque su id ya se había visto (backfill tras una reconexión)</translation>
    </message>
    <message>
        <source>Connection attempts after the first</source>
        <translation>Intentos de conexión después del primero</translation>
    </message>
    <message>
        <source>retrying in %1 s</source>
        <translation>reintento en %1 s</translation>
    </message>
    <message>
        <source>%1

The server said: %2</source>
        <translation>%1

El servidor ha respondido: %2</translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 msg/s</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>aún sin datos</translation>
    </message>
    <message>
        <source>last byte %1 s ago</source>
        <translation>último byte hace %1 s</translation>
    </message>
    <message>
        <source>duplicates: %1</source>
        <translation>duplicados: %1</translation>
    </message>
    <message>
        <source>reconnects: %1</source>
        <translation>reconexiones: %1</translation>
    </message>
    <message>
        <source>● REC %1 · %2</source>
        <translation>● REC %1 · %2</translation>
    </message>
    <message>
        <source>Recording to %1 — %2 messages on disk. Click to open it in the Files page.</source>
        <translation>Grabando en %1 — %2 mensajes en el disco. Haga clic para abrirlo en la página Archivos.</translation>
    </message>
    <message>
        <source>Lines longer than the “Longest line” preference, dropped from the stream</source>
        <translation>Líneas más largas que la preferencia “Línea más larga”, descartadas del flujo</translation>
    </message>
    <message numerus="yes">
        <source>%n too long</source>
        <comment>lines dropped for exceeding the length limit</comment>
        <translation>
            <numerusform>%n línea demasiado larga</numerusform>
            <numerusform>%n líneas demasiado largas</numerusform>
        </translation>
    </message>
    <message>
        <source>● REC stopped</source>
        <translation>● REC detenida</translation>
    </message>
    <message>
        <source>● REC stopped: %1</source>
        <translation>● REC detenida: %1</translation>
    </message>
    <message>
        <source>Resume position: %1. A reconnect or a new start continues after this item.</source>
        <translation>Posición de reanudación: %1. Una reconexión o un nuevo inicio continúa tras este elemento.</translation>
    </message>
    <message>
        <source>seq %1 · gap after %2</source>
        <comment>resume cursor; the service could not continue</comment>
        <translation>seq %1 · hueco tras %2</translation>
    </message>
    <message>
        <source>The service could not continue after item %1: the items after it are missing.</source>
        <translation>El servicio no ha podido continuar tras el elemento %1: faltan los elementos posteriores.</translation>
    </message>
    <message>
        <source>resumed from seq %1</source>
        <comment>resume cursor</comment>
        <translation>reanudado desde seq %1</translation>
    </message>
    <message>
        <source>seq %1 · resumed from %2</source>
        <comment>resume cursor</comment>
        <translation>seq %1 · reanudado desde %2</translation>
    </message>
    <message>
        <source>This connection continued after item %1: nothing was lost or repeated.</source>
        <translation>Esta conexión ha continuado tras el elemento %1: no se ha perdido ni repetido nada.</translation>
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
        <translation>Introduzca primero el nombre de usuario y la contraseña.</translation>
    </message>
    <message>
        <source>Hydrant already made %1 connection requests for this account in the last minute, the most the service allows. Try again in %2 s.</source>
        <translation>Hydrant ya ha hecho %1 solicitudes de conexión para esta cuenta en el último minuto, el máximo que permite el servicio. Vuelva a intentarlo dentro de %2 s.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s.</source>
        <translation>Sin respuesta de %1 en %2 s.</translation>
    </message>
    <message>
        <source>Connected: %1 accepted the credentials and started the stream.</source>
        <translation>Conectado: %1 ha aceptado las credenciales y ha iniciado el flujo.</translation>
    </message>
    <message>
        <source>TLS error: the secure connection to %1 failed (%2).</source>
        <translation>Error de TLS: la conexión segura con %1 ha fallado (%2).</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Error de red: %1</translation>
    </message>
    <message>
        <source>Connected: %1 accepted the credentials and offered yesterday&apos;s file.</source>
        <translation>Conectado: %1 ha aceptado las credenciales y ofrece el archivo de ayer.</translation>
    </message>
    <message>
        <source>Connected: %1 accepted the credentials (there is no file for yesterday).</source>
        <translation>Conectado: %1 ha aceptado las credenciales (no hay ningún archivo de ayer).</translation>
    </message>
    <message>
        <source>Bad credentials: %1</source>
        <translation>Credenciales incorrectas: %1</translation>
    </message>
    <message>
        <source>Compression refused: %1</source>
        <translation>Compresión rechazada: %1</translation>
    </message>
    <message>
        <source>Rate limited: %1 Wait a minute and try again.</source>
        <translation>Límite de frecuencia: %1 Espere un minuto y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>Not indexed: opening the dataset was cancelled.</source>
        <translation>Sin indexar: se canceló la apertura del conjunto de datos.</translation>
    </message>
    <message>
        <source>There is no .gz, .jsonl or .ndjson file in %1.</source>
        <translation>No hay ningún archivo .gz, .jsonl o .ndjson en %1.</translation>
    </message>
</context>
<context>
    <name>DatasetModel</name>
    <message>
        <source>%1, line %2</source>
        <extracomment>Where a row of a dataset comes from: a file&apos;s name and the line in it.</extracomment>
        <translation>%1, línea %2</translation>
    </message>
</context>
<context>
    <name>DatasetView</name>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <extracomment>The title of a tab showing several files read as one dataset.</extracomment>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to Row…</source>
        <translation>Ir a la fila…</translation>
    </message>
    <message>
        <source>Go to a row by its number, counted across the files</source>
        <translation>Ir a una fila por su número, contando en todos los archivos</translation>
    </message>
    <message>
        <source>Go to Time…</source>
        <translation>Ir a la hora…</translation>
    </message>
    <message>
        <source>Go to the first message at or after a time</source>
        <translation>Ir al primer mensaje a partir de una hora</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Write search results or selected rows of every file to one .jsonl.gz or CSV file</source>
        <translation>Escribir los resultados de la búsqueda o las filas seleccionadas de todos los archivos en un solo archivo .jsonl.gz o CSV</translation>
    </message>
    <message>
        <source>Go To</source>
        <translation>Ir a</translation>
    </message>
    <message>
        <source>Go to a row by its number, or to a time</source>
        <translation>Ir a una fila por su número o a una hora</translation>
    </message>
    <message>
        <source>Stop indexing</source>
        <translation>Detener la indexación</translation>
    </message>
    <message>
        <source>Stop indexing the files; the files indexed so far are shown, the others are not</source>
        <translation>Detener la indexación de los archivos; se muestran los archivos indexados hasta ahora, los demás no</translation>
    </message>
    <message>
        <source>Export %p%</source>
        <translation>Exportando %p%</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message numerus="yes">
        <source>Indexing %1 of %n file(s)…</source>
        <extracomment>While the files of a dataset are indexed: &quot;Indexing 3 of 30 files…&quot;.</extracomment>
        <translation>
            <numerusform>Indexando %1 de %n archivo…</numerusform>
            <numerusform>Indexando %1 de %n archivos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln línea</numerusform>
            <numerusform>%Ln líneas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the index cache</source>
        <translation>
            <numerusform>%n de la caché del índice</numerusform>
            <numerusform>%n de la caché del índice</numerusform>
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
            <numerusform>%n archivo más tiene problemas (pase el puntero por aquí para ver la lista).</numerusform>
            <numerusform>%n archivos más tienen problemas (pase el puntero por aquí para ver la lista).</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 · %2 · %3</source>
        <extracomment>The selected row of a dataset: its number, its file and line, its size.</extracomment>
        <translation>Fila %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Go to Row</source>
        <translation>Ir a la fila</translation>
    </message>
    <message>
        <source>Row (1 to %1):</source>
        <translation>Fila (de 1 a %1):</translation>
    </message>
    <message>
        <source>Go to Time</source>
        <translation>Ir a la hora</translation>
    </message>
    <message>
        <source>The messages of these files carry no time stamps.</source>
        <translation>Los mensajes de estos archivos no tienen marcas de tiempo.</translation>
    </message>
    <message>
        <source>No message is that late.</source>
        <translation>No hay ningún mensaje tan tardío.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>A bookmark of a dataset: its row, then the start of its text.</extracomment>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source> · bookmarked</source>
        <translation> · con marcador</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <extracomment>The days a dataset covers and their time zone: &quot;11/1/24 to 11/30/24 (UTC)&quot;.</extracomment>
        <translation>del %1 al %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1* (%n file(s))</source>
        <extracomment>The title of a tab showing several files whose names begin alike, read as one dataset: &quot;stocktwits_message_2024_01_* (3 files)&quot;.</extracomment>
        <translation>
            <numerusform>%1* (%n archivo)</numerusform>
            <numerusform>%1* (%n archivos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>Demo (built-in simulator)</source>
        <translation>Demostración (simulador integrado)</translation>
    </message>
    <message>
        <source>Demo Firestream (built-in simulator)</source>
        <translation>Firestream de demostración (simulador integrado)</translation>
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
        <translation>Descargar los archivos de copia de seguridad diarios de un intervalo de fechas.</translation>
    </message>
    <message>
        <source>Base URL of the backup service, e.g. https://firestream.stocktwits.com.</source>
        <translation>URL base del servicio de copias de seguridad, p. ej. https://firestream.stocktwits.com.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>Nombre de usuario.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>Use a saved backup account (see &apos;hydrant-cli account&apos;); its password comes from the OS secret store.</source>
        <translation>Usar una cuenta de copias de seguridad guardada (consulte &apos;hydrant-cli account&apos;); su contraseña se obtiene del almacén de secretos del sistema.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>types</source>
        <translation>tipos</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD).</source>
        <translation>Primer día (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD; default: the first day).</source>
        <translation>Último día (AAAA-MM-DD; valor predeterminado: el primer día).</translation>
    </message>
    <message>
        <source>Folder to save the files in.</source>
        <translation>Carpeta en la que guardar los archivos.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Files downloaded at the same time (default %1).</source>
        <translation>Archivos que se descargan a la vez (valor predeterminado: %1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Print the summary as one JSON object on stdout.</source>
        <translation>Mostrar el resumen como un único objeto JSON en stdout.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Leer la contraseña de la entrada estándar.</translation>
    </message>
    <message>
        <source>--type needs at least one file type.</source>
        <translation>--type requiere al menos un tipo de archivo.</translation>
    </message>
    <message>
        <source>--from is required (YYYY-MM-DD).</source>
        <translation>--from es obligatorio (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>--from: “%1” is not a date of the form YYYY-MM-DD.</source>
        <translation>--from: “%1” no es una fecha con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>--to: “%1” is not a date of the form YYYY-MM-DD.</source>
        <translation>--to: “%1” no es una fecha con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to es anterior a --from.</translation>
    </message>
    <message>
        <source>--out is required: the folder to save the files in.</source>
        <translation>--out es obligatorio: la carpeta en la que guardar los archivos.</translation>
    </message>
    <message>
        <source>Give --base-url and --user, or --profile.</source>
        <translation>Indique --base-url y --user, o --profile.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation>Error de autenticación: %1</translation>
    </message>
    <message>
        <source>done           %1 (%2)</source>
        <translation>completado     %1 (%2)</translation>
    </message>
    <message>
        <source>not available  %1</source>
        <translation>no disponible  %1</translation>
    </message>
    <message>
        <source>failed         %1: %2</source>
        <translation>error          %1: %2</translation>
    </message>
    <message>
        <source>summary        %1 done, %2 skipped, %3 not available, %4 failed, %5 downloaded</source>
        <translation>resumen        %1 completados, %2 omitidos, %3 no disponibles, %4 con error, %5 descargados</translation>
    </message>
    <message>
        <source>File types, comma-separated (default: activity,message).</source>
        <translation>Tipos de archivo, separados por comas (valor predeterminado: activity,message).</translation>
    </message>
    <message>
        <source>Symbol backups (/symbols/backups/NAME/...) of these metrics, comma-separated or repeated; the names are the ones on your dashboard. Without --type, only these are downloaded.</source>
        <translation>Copias de seguridad de símbolos (/symbols/backups/NAME/...) de estas métricas, separadas por comas o repitiendo la opción; los nombres son los de su panel. Sin --type, solo se descargan estas.</translation>
    </message>
    <message>
        <source>hydrant-cli download: download the daily backup archives of a date range.

Each (type, day) is saved as stocktwits_TYPE_YYYY_MM_DD.gz in --out, written to a .part file first, verified (every gzip member&apos;s CRC32 and length) and only then renamed. An interrupted run resumes where it stopped when started again; days already on disk are skipped.

The password is read from the HYDRANT_PASSWORD environment variable or --password-stdin (never from the command line), or from the secret store with --profile.

Exit codes: 0 every day done, skipped or not available; 1 usage error; 2 authentication failed; 3 some days failed, or a file type was found on none of the days (a wrong type name).</source>
        <translation>hydrant-cli download: descargar los archivos de copia de seguridad diarios de un intervalo de fechas.

Cada (tipo, día) se guarda como stocktwits_TYPE_YYYY_MM_DD.gz en --out: primero se escribe en un archivo .part, se verifica (el CRC32 y la longitud de cada miembro gzip) y solo entonces se le cambia el nombre. Una ejecución interrumpida continúa donde se detuvo al volver a iniciarla; los días que ya están en el disco se omiten.

La contraseña se lee de la variable de entorno HYDRANT_PASSWORD o de --password-stdin (nunca de la línea de comandos), o del almacén de secretos con --profile.

Códigos de salida: 0 todos los días completados, omitidos o no disponibles; 1 error de uso; 2 error de autenticación; 3 algunos días han fallado, o un tipo de archivo no se ha encontrado en ninguno de los días (un nombre de tipo incorrecto).</translation>
    </message>
    <message>
        <source>--symbols-metric needs at least one metric name.</source>
        <translation>--symbols-metric requiere al menos un nombre de métrica.</translation>
    </message>
    <message>
        <source>Not downloaded: authentication failed (%1)</source>
        <translation>No descargado: error de autenticación (%1)</translation>
    </message>
    <message>
        <source>There is no backup account named “%1” (see &apos;hydrant-cli account list&apos;).</source>
        <translation>No existe ninguna cuenta de copias de seguridad llamada “%1” (consulte &apos;hydrant-cli account list&apos;).</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to download, %1 already on disk, into %2</source>
        <translation>
            <numerusform>%n archivo que descargar en %2 (%1 ya en el disco)</numerusform>
            <numerusform>%n archivos que descargar en %2 (%1 ya en el disco)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>progress       %1 of %n file(s) finished, %2 running, %3 received, %4/s</source>
        <translation>
            <numerusform>progreso       %1 de %n archivo terminado, %2 en curso, %3 recibidos, %4/s</numerusform>
            <numerusform>progreso       %1 de %n archivos terminados, %2 en curso, %3 recibidos, %4/s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadItem</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Resolving</source>
        <translation>Resolviendo</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>DownloadNotifier</name>
    <message numerus="yes">
        <source>%n file(s) downloaded</source>
        <translation>
            <numerusform>%n archivo descargado</numerusform>
            <numerusform>%n archivos descargados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n con error</numerusform>
            <numerusform>%n con error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not available</source>
        <translation>
            <numerusform>%n no disponible</numerusform>
            <numerusform>%n no disponibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Hydrant</source>
        <translation>Hydrant</translation>
    </message>
    <message>
        <source>Downloads finished</source>
        <translation>Descargas finalizadas</translation>
    </message>
</context>
<context>
    <name>DownloadQueue</name>
    <message>
        <source>Waiting for the password.</source>
        <translation>Esperando la contraseña.</translation>
    </message>
    <message>
        <source>Retrying now.</source>
        <translation>Reintentando ahora.</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n second(s).</source>
        <translation>
            <numerusform>Reintentando en %n segundo.</numerusform>
            <numerusform>Reintentando en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No “%1” file was found on any of the %n day(s) asked for: the file type “%1” does not seem to exist for this account. Check the list of file types on your dashboard (the documented types are “activity” and “message”).</source>
        <translation>
            <numerusform>No se ha encontrado ningún archivo “%1” en el %n día solicitado: el tipo de archivo “%1” no parece existir para esta cuenta. Compruebe la lista de tipos de archivo en su panel (los tipos documentados son “activity” y “message”).</numerusform>
            <numerusform>No se ha encontrado ningún archivo “%1” en ninguno de los %n días solicitados: el tipo de archivo “%1” no parece existir para esta cuenta. Compruebe la lista de tipos de archivo en su panel (los tipos documentados son “activity” y “message”).</numerusform>
        </translation>
    </message>
    <message>
        <source>The password of the backups account is needed to download.</source>
        <translation>Se necesita la contraseña de la cuenta de copias de seguridad para descargar.</translation>
    </message>
    <message>
        <source>Gave up after %1 was received for this file of %2, more than Hydrant fetches for one file.</source>
        <translation>Descarga abandonada tras recibir %1 para este archivo de %2, más de lo que Hydrant descarga para un archivo.</translation>
    </message>
    <message>
        <source>Gave up after %1 was received for this file of unknown size, more than Hydrant fetches for one file.</source>
        <translation>Descarga abandonada tras recibir %1 para este archivo de tamaño desconocido, más de lo que Hydrant descarga para un archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n tries.</source>
        <translation>
            <numerusform>Descarga abandonada tras %n intento.</numerusform>
            <numerusform>Descarga abandonada tras %n intentos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n failed tries in a row.</source>
        <translation>
            <numerusform>Descarga abandonada tras %n intento fallido consecutivo.</numerusform>
            <numerusform>Descarga abandonada tras %n intentos fallidos consecutivos.</numerusform>
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
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
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
        <translation>No se puede leer la cola de descargas guardada: %1</translation>
    </message>
    <message>
        <source>The saved download queue is damaged (%1); starting with an empty queue.</source>
        <translation>La cola de descargas guardada está dañada (%1); se empieza con una cola vacía.</translation>
    </message>
    <message>
        <source>The saved download queue comes from another version; starting with an empty queue.</source>
        <translation>La cola de descargas guardada procede de otra versión; se empieza con una cola vacía.</translation>
    </message>
    <message>
        <source>The download queue cannot be saved to %1: %2</source>
        <translation>No se puede guardar la cola de descargas en %1: %2</translation>
    </message>
</context>
<context>
    <name>DownloadTask</name>
    <message>
        <source>Already on disk.</source>
        <translation>Ya está en el disco.</translation>
    </message>
    <message>
        <source>The download folder %1 does not exist.</source>
        <translation>La carpeta de descargas %1 no existe.</translation>
    </message>
    <message>
        <source>Permission denied: Hydrant may not write into %1. Choose another download folder or change its permissions.</source>
        <translation>Permiso denegado: Hydrant no puede escribir en %1. Elija otra carpeta de descargas o cambie sus permisos.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be written (%2). Free some space or choose another download folder; the download resumes where it stopped.</source>
        <translation>El disco está lleno: no se ha podido escribir en %1 (%2). Libere espacio o elija otra carpeta de descargas; la descarga continuará donde se detuvo.</translation>
    </message>
    <message>
        <source>Permission denied while writing %1.</source>
        <translation>Permiso denegado al escribir en %1.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se ha podido escribir en %1: %2</translation>
    </message>
    <message>
        <source>The download from %1 was interrupted after %2: %3</source>
        <translation>La descarga desde %1 se ha interrumpido tras %2: %3</translation>
    </message>
    <message>
        <source>The connection closed after %1 of %2.</source>
        <translation>La conexión se ha cerrado tras %1 de %2.</translation>
    </message>
    <message>
        <source>The storage redirected the download somewhere it cannot be followed. %1</source>
        <translation>El almacenamiento ha redirigido la descarga a un destino que no se puede seguir. %1</translation>
    </message>
    <message>
        <source>The download link keeps expiring (HTTP %1).</source>
        <translation>El enlace de descarga caduca una y otra vez (HTTP %1).</translation>
    </message>
    <message>
        <source>The downloaded file failed verification and was deleted. %1</source>
        <translation>El archivo descargado no ha superado la verificación y se ha eliminado. %1</translation>
    </message>
    <message>
        <source>%1 cannot be renamed to %2: %3</source>
        <translation>No se puede cambiar el nombre de %1 a %2: %3</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: %2</source>
        <translation>No se puede crear la carpeta %1: %2</translation>
    </message>
    <message>
        <source>The storage host sent more than %1 without saying how long the file is; the download was stopped and its partial file deleted.</source>
        <translation>El servidor de almacenamiento ha enviado más de %1 sin indicar el tamaño del archivo; se ha detenido la descarga y se ha eliminado el archivo parcial.</translation>
    </message>
    <message>
        <source>The storage host answered with other bytes than the ones asked for; the download starts over from zero.</source>
        <translation>El servidor de almacenamiento ha respondido con bytes distintos de los solicitados; la descarga vuelve a empezar desde cero.</translation>
    </message>
    <message>
        <source> The storage host ignored the request to resume, so the download started over from zero.</source>
        <translation> El servidor de almacenamiento ha ignorado la solicitud de reanudación, así que la descarga ha vuelto a empezar desde cero.</translation>
    </message>
    <message>
        <source>The storage host refused to resume the download (HTTP 416); it starts over from zero.</source>
        <translation>El servidor de almacenamiento se ha negado a reanudar la descarga (HTTP 416); vuelve a empezar desde cero.</translation>
    </message>
</context>
<context>
    <name>EndpointPolicy</name>
    <message>
        <source>“%1” is not a valid web address.</source>
        <translation>“%1” no es una dirección web válida.</translation>
    </message>
    <message>
        <source>Addresses with a user name or password in them are refused; enter the credentials in the account instead.</source>
        <translation>Se rechazan las direcciones que contienen un nombre de usuario o una contraseña; introduzca las credenciales en la cuenta.</translation>
    </message>
    <message>
        <source>Plain http:// is refused for %1: credentials and data must travel encrypted. Use https://.</source>
        <translation>Se rechaza http:// sin cifrar para %1: las credenciales y los datos deben viajar cifrados. Use https://.</translation>
    </message>
    <message>
        <source>The scheme “%1” is not supported; use https://.</source>
        <translation>El esquema “%1” no es compatible; use https://.</translation>
    </message>
    <message>
        <source>Plain http:// is refused for localhost here: on this computer the name does not lead to loopback addresses only. Use http://127.0.0.1 or https://.</source>
        <translation>Aquí se rechaza http:// sin cifrar para localhost: en este equipo, el nombre no lleva únicamente a direcciones de bucle invertido. Use http://127.0.0.1 o https://.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export the messages of saved files that match a query, as CSV or JSON lines.</source>
        <translation>Exportar los mensajes de archivos guardados que coinciden con una consulta, como CSV o líneas JSON.</translation>
    </message>
    <message>
        <source>Only messages that match QUERY (the query language of the Files search).</source>
        <translation>Solo los mensajes que coinciden con CONSULTA (el lenguaje de consultas de la búsqueda de la página Archivos).</translation>
    </message>
    <message>
        <source>query</source>
        <translation>consulta</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>Write to FILE; - (the default) is standard output.</source>
        <translation>Escribir en ARCHIVO; - (valor predeterminado) es la salida estándar.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>ARCHIVO...</translation>
    </message>
    <message>
        <source>--query: %1</source>
        <translation>--query: %1</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>No se puede escribir en la salida estándar.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Ha fallado la escritura de %1: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
    <message>
        <source>Give at least one file or folder to export.</source>
        <translation>Indique al menos un archivo o una carpeta para exportar.</translation>
    </message>
    <message>
        <source>csv, jsonl or jsonl.gz (default: from the output name, else jsonl).</source>
        <translation>csv, jsonl o jsonl.gz (valor predeterminado: según el nombre de salida; si no, jsonl).</translation>
    </message>
    <message>
        <source>CSV columns, comma-separated: %1 (the default), %2.</source>
        <translation>Columnas CSV, separadas por comas: %1 (valor predeterminado), %2.</translation>
    </message>
    <message>
        <source>hydrant-cli export FILE... [--query Q] [--format csv|jsonl|jsonl.gz] [--columns …] [-o OUT]: the messages that match, times in ISO 8601 UTC, symbols without $, text decoded.</source>
        <translation>hydrant-cli export ARCHIVO... [--query CONSULTA] [--format csv|jsonl|jsonl.gz] [--columns …] [-o SALIDA]: los mensajes que coinciden, con las horas en ISO 8601 UTC, los símbolos sin $ y el texto descodificado.</translation>
    </message>
    <message>
        <source>--format is csv, jsonl or jsonl.gz, not “%1”.</source>
        <translation>--format debe ser csv, jsonl o jsonl.gz, no “%1”.</translation>
    </message>
    <message>
        <source>The .jsonl.gz or .jsonl files, or folders of them, exported in time order; - reads standard input.</source>
        <translation>Los archivos .jsonl.gz o .jsonl, o carpetas que los contienen, exportados en orden cronológico; - lee la entrada estándar.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Lines to export</source>
        <translation>Líneas que exportar</translation>
    </message>
    <message>
        <source>Search results (%1 lines)</source>
        <translation>Resultados de la búsqueda (%1 líneas)</translation>
    </message>
    <message>
        <source>Selected rows (%1 lines)</source>
        <translation>Filas seleccionadas (%1 líneas)</translation>
    </message>
    <message>
        <source>Bookmarks (%1 lines)</source>
        <translation>Marcadores (%1 líneas)</translation>
    </message>
    <message>
        <source>JSON lines, gzip-compressed (.jsonl.gz)</source>
        <translation>Líneas JSON, comprimidas con gzip (.jsonl.gz)</translation>
    </message>
    <message>
        <source>JSON lines (.jsonl)</source>
        <translation>Líneas JSON (.jsonl)</translation>
    </message>
    <message>
        <source>CSV with chosen columns (.csv)</source>
        <translation>CSV con las columnas elegidas (.csv)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl.gz *.jsonl);;CSV (*.csv);;All files (*)</source>
        <translation>Líneas JSON (*.jsonl.gz *.jsonl);;CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Open Folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>Abrir archivo</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Open the folder the export was written to</source>
        <translation>Abrir la carpeta en la que se escribió la exportación</translation>
    </message>
    <message>
        <source>Open the exported file in the application the desktop chooses</source>
        <translation>Abrir el archivo exportado en la aplicación que elija el escritorio</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <extracomment>After an export: &quot;Exported 1,204 rows to day-export.jsonl.gz.&quot;</extracomment>
        <translation>
            <numerusform>Se exportó %Ln fila a %1.</numerusform>
            <numerusform>Se exportaron %Ln filas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation>La exportación a %1 falló: %2</translation>
    </message>
    <message>
        <source>No application could open the folder %1.</source>
        <translation>Ninguna aplicación pudo abrir la carpeta %1.</translation>
    </message>
    <message>
        <source>No application could open %1; it is in %2.</source>
        <translation>Ninguna aplicación pudo abrir %1; está en %2.</translation>
    </message>
</context>
<context>
    <name>ExportRequest</name>
    <message>
        <source>Name the file to export to.</source>
        <translation>Indique el archivo al que exportar.</translation>
    </message>
    <message>
        <source>A CSV export needs at least one column.</source>
        <translation>Una exportación CSV requiere al menos una columna.</translation>
    </message>
</context>
<context>
    <name>FeedModel</name>
    <message>
        <source>(malformed)</source>
        <translation>(mal formado)</translation>
    </message>
</context>
<context>
    <name>FeedView</name>
    <message>
        <source>Copy as JSON</source>
        <translation>Copiar como JSON</translation>
    </message>
    <message>
        <source>↑ %1 new</source>
        <translation>↑ %1 nuevos</translation>
    </message>
    <message>
        <source>↓ %1 new</source>
        <translation>↓ %1 nuevos</translation>
    </message>
    <message>
        <source>Jump to the newest message and follow the stream again</source>
        <translation>Ir al mensaje más reciente y volver a seguir el flujo</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copiar como texto</translation>
    </message>
    <message>
        <source>Jump to newest</source>
        <translation>Ir al más reciente</translation>
    </message>
</context>
<context>
    <name>FileDocument</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>El archivo %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The name of this file suggests %1, but it holds %2; it is read as what it holds.</source>
        <translation>El nombre de este archivo sugiere %1, pero contiene %2; se lee según lo que contiene.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>%1 does not hold JSON lines or an archive Hydrant can read: it is binary data of an unknown kind (it starts with the bytes %2).</source>
        <translation>%1 no contiene líneas JSON ni un archivo comprimido que Hydrant pueda leer: son datos binarios de tipo desconocido (empieza por los bytes %2).</translation>
    </message>
    <message>
        <source>The archive holds no files.</source>
        <translation>El archivo comprimido no contiene ningún archivo.</translation>
    </message>
    <message>
        <source>The archive holds only files whose names are not safe to use.</source>
        <translation>El archivo comprimido solo contiene archivos cuyos nombres no son seguros.</translation>
    </message>
    <message>
        <source>Cannot create a temporary file in %1 for the extracted data: %2</source>
        <translation>No se puede crear un archivo temporal en %1 para los datos extraídos: %2</translation>
    </message>
    <message>
        <source>The archive member name &quot;%1&quot; is not safe to use; it is not opened.</source>
        <translation>El nombre de miembro del archivo comprimido &quot;%1&quot; no es seguro; no se abre.</translation>
    </message>
    <message>
        <source>The archive holds several files; open one of them to read it.</source>
        <translation>El archivo comprimido contiene varios archivos; abra uno de ellos para leerlo.</translation>
    </message>
    <message>
        <source>Indexing stopped before the end of the file.</source>
        <translation>La indexación se detuvo antes del final del archivo.</translation>
    </message>
    <message>
        <source>Indexing was stopped: only the first %1 of the file can be browsed and searched.</source>
        <translation>Se ha detenido la indexación: solo se pueden examinar y buscar los primeros %1 del archivo.</translation>
    </message>
    <message>
        <source>None of the lines is a JSON object: this does not look like a JSON-lines file.</source>
        <translation>Ninguna de las líneas es un objeto JSON: no parece un archivo de líneas JSON.</translation>
    </message>
    <message>
        <source>Indexing… %1 of %2, %3 lines</source>
        <translation>Indexando… %1 de %2, %3 líneas</translation>
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
        <translation> — quedan unos %1</translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation>Líneas: %1</translation>
    </message>
    <message>
        <source>%1 of content</source>
        <translation>%1 de contenido</translation>
    </message>
    <message>
        <source>index from the cache</source>
        <translation>índice de la caché</translation>
    </message>
    <message>
        <source>The file was replaced by another one with the same name: it was read again from the start.</source>
        <translation>El archivo fue sustituido por otro con el mismo nombre: se ha vuelto a leer desde el principio.</translation>
    </message>
    <message>
        <source>The file became shorter (it was truncated or rewritten): it was read again from the start.</source>
        <translation>El archivo se ha acortado (se truncó o se reescribió): se ha vuelto a leer desde el principio.</translation>
    </message>
</context>
<context>
    <name>FileDocumentModel</name>
    <message>
        <source>(line of %1, shown cut)</source>
        <translation>(línea de %1, mostrada recortada)</translation>
    </message>
</context>
<context>
    <name>FileExporter</name>
    <message>
        <source>The file is not open.</source>
        <translation>El archivo no está abierto.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Ha fallado la escritura de %1: %2</translation>
    </message>
    <message>
        <source>Some lines could not be read; nothing was written.</source>
        <translation>No se han podido leer algunas líneas; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
</context>
<context>
    <name>FileFormat</name>
    <message>
        <source>an empty file</source>
        <translation>un archivo vacío</translation>
    </message>
    <message>
        <source>gzip-compressed data</source>
        <translation>datos comprimidos con gzip</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>texto sin formato</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>un archivo zip</translation>
    </message>
    <message>
        <source>a tar archive</source>
        <translation>un archivo tar</translation>
    </message>
    <message>
        <source>a 7z archive</source>
        <translation>un archivo 7z</translation>
    </message>
    <message>
        <source>xz-compressed data</source>
        <translation>datos comprimidos con xz</translation>
    </message>
    <message>
        <source>bzip2-compressed data</source>
        <translation>datos comprimidos con bzip2</translation>
    </message>
    <message>
        <source>zstd-compressed data</source>
        <translation>datos comprimidos con zstd</translation>
    </message>
    <message>
        <source>binary data of an unknown kind</source>
        <translation>datos binarios de tipo desconocido</translation>
    </message>
</context>
<context>
    <name>FileIndexer</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>Error al leer el archivo: %1</translation>
    </message>
    <message>
        <source>The compressed data is damaged after %1 of content: %2. Everything before it is shown.</source>
        <translation>Los datos comprimidos están dañados tras %1 de contenido: %2. Se muestra todo lo anterior.</translation>
    </message>
    <message>
        <source>Cannot write the extracted data to the cache folder: %1</source>
        <translation>No se pueden escribir los datos extraídos en la carpeta de caché: %1</translation>
    </message>
    <message>
        <source>The file ends unexpectedly after %1 (%2 decompressed): it is truncated. Everything before that point is shown.</source>
        <translation>El archivo termina inesperadamente tras %1 (%2 descomprimidos): está truncado. Se muestra todo lo anterior a ese punto.</translation>
    </message>
    <message>
        <source>The file holds %1 of data that is not gzip after the end of the compressed stream (at byte %2); it was ignored.</source>
        <translation>El archivo contiene %1 de datos que no son gzip tras el final del flujo comprimido (en el byte %2); se han ignorado.</translation>
    </message>
    <message>
        <source>at compressed byte %1 (after %2 of content)</source>
        <translation>en el byte comprimido %1 (tras %2 de contenido)</translation>
    </message>
    <message>
        <source>Member %1 of the file fails its checksum %2: the data may be corrupted. Everything before that point is shown.</source>
        <translation>El miembro %1 del archivo no supera su suma de comprobación %2: los datos pueden estar dañados. Se muestra todo lo anterior a ese punto.</translation>
    </message>
    <message>
        <source>The compressed data is damaged %1 (%2). Everything before that point is shown.</source>
        <translation>Los datos comprimidos están dañados %1 (%2). Se muestra todo lo anterior a ese punto.</translation>
    </message>
    <message>
        <source>There is not enough memory to index this file.</source>
        <translation>No hay memoria suficiente para indexar este archivo.</translation>
    </message>
    <message>
        <source>Its last line is cut off after %1 and is not counted.</source>
        <translation>Su última línea está cortada tras %1 y no se cuenta.</translation>
    </message>
</context>
<context>
    <name>FileSearch</name>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>%1 — searching %2 %</source>
        <translation>%1 — buscando: %2 %</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln coincidencia</numerusform>
            <numerusform>%Ln coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Search results appear here.</source>
        <translation>Los resultados de la búsqueda aparecen aquí.</translation>
    </message>
    <message>
        <source>Search results: %1 — %2</source>
        <translation>Resultados de la búsqueda: %1 — %2</translation>
    </message>
    <message>
        <source> (the first %1 are listed)</source>
        <translation> (se muestran las primeras %1)</translation>
    </message>
</context>
<context>
    <name>FileSearchBar</name>
    <message>
        <source>&lt;p&gt;Searches the whole file; matching lines fill the pane below.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Query&lt;/b&gt;: the query language below&lt;/li&gt;&lt;li&gt;&lt;b&gt;Text&lt;/b&gt;: the exact text, even if it looks like a query&lt;/li&gt;&lt;li&gt;&lt;b&gt;Regex&lt;/b&gt;: one regular expression on the text&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Busca en todo el archivo; las líneas que coinciden llenan el panel de abajo.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Consulta&lt;/b&gt;: el lenguaje de consultas descrito abajo&lt;/li&gt;&lt;li&gt;&lt;b&gt;Texto&lt;/b&gt;: el texto exacto, aunque parezca una consulta&lt;/li&gt;&lt;li&gt;&lt;b&gt;Regex&lt;/b&gt;: una expresión regular sobre el texto&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search the whole file</source>
        <translation>Buscar en todo el archivo</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the search</source>
        <translation>Detener la búsqueda</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next match after the selected line</source>
        <translation>Siguiente coincidencia después de la línea seleccionada</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous match before the selected line</source>
        <translation>Coincidencia anterior a la línea seleccionada</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Distinguir mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>Search: words, $TSLA, @user, sentiment:bullish, OR, NOT …</source>
        <translation>Buscar: palabras, $TSLA, @usuario, sentiment:bullish, OR, NOT …</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
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
        <translation>Volver a las horas</translation>
    </message>
    <message>
        <source>Click a bar to go to its first message; double-click an hour to see its minutes.</source>
        <translation>Haga clic en una barra para ir a su primer mensaje; haga doble clic en una hora para ver sus minutos.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Top symbols (click one to search for it)</source>
        <translation>Símbolos principales (haga clic en uno para buscarlo)</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentimiento</translation>
    </message>
    <message>
        <source>Bullish</source>
        <translation>Alcista</translation>
    </message>
    <message>
        <source>Bearish</source>
        <translation>Bajista</translation>
    </message>
    <message>
        <source>No sentiment</source>
        <translation>Sin sentimiento</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 mensajes</translation>
    </message>
    <message>
        <source>%1 malformed lines</source>
        <translation>%1 líneas mal formadas</translation>
    </message>
    <message>
        <source>%1 system messages</source>
        <translation>%1 mensajes del sistema</translation>
    </message>
    <message>
        <source>times are not in order</source>
        <translation>las horas no están en orden</translation>
    </message>
    <message>
        <source>Messages per minute, %1 %2</source>
        <extracomment>The hour a chart of minutes shows and its time zone: &quot;2024-03-04 15:00 CET&quot;.</extracomment>
        <translation>Mensajes por minuto, %1 %2</translation>
    </message>
    <message>
        <source>Messages per hour (%1)</source>
        <extracomment>The title of the chart of messages per hour, with the zone of its hours.</extracomment>
        <translation>Mensajes por hora (%1)</translation>
    </message>
    <message>
        <source>from %1 to %2 %3</source>
        <extracomment>The time a file covers and its time zone: &quot;from 2024-03-04 09:30:00 to … CET&quot;.</extracomment>
        <translation>de %1 a %2 %3</translation>
    </message>
</context>
<context>
    <name>FileView</name>
    <message>
        <source>This file cannot be opened</source>
        <translation>No se puede abrir este archivo</translation>
    </message>
    <message>
        <source>Reading the list of files in the archive…</source>
        <translation>Leyendo la lista de archivos del archivo comprimido…</translation>
    </message>
    <message>
        <source>Go to Line…</source>
        <translation>Ir a la línea…</translation>
    </message>
    <message>
        <source>Go to a line by its number</source>
        <translation>Ir a una línea por su número</translation>
    </message>
    <message>
        <source>Go to Time…</source>
        <translation>Ir a la hora…</translation>
    </message>
    <message>
        <source>Go to the first message at or after a time</source>
        <translation>Ir al primer mensaje a partir de una hora</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Write search results, selected rows or bookmarks to .jsonl.gz or CSV</source>
        <translation>Escribir los resultados de la búsqueda, las filas seleccionadas o los marcadores en .jsonl.gz o CSV</translation>
    </message>
    <message>
        <source>Show the whole line</source>
        <translation>Mostrar la línea completa</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Stop indexing</source>
        <translation>Detener la indexación</translation>
    </message>
    <message>
        <source>Stop reading the file; the lines indexed so far stay available</source>
        <translation>Dejar de leer el archivo; las líneas indexadas hasta ahora siguen disponibles</translation>
    </message>
    <message>
        <source>Export %p%</source>
        <translation>Exportando %p%</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <source>Line %1 · %2</source>
        <translation>Línea %1 · %2</translation>
    </message>
    <message>
        <source> — the table shows its first %1</source>
        <translation> — la tabla muestra sus primeros %1</translation>
    </message>
    <message>
        <source> · bookmarked</source>
        <translation> · con marcador</translation>
    </message>
    <message>
        <source>Line %1 · %2, shown whole</source>
        <translation>Línea %1 · %2, mostrada completa</translation>
    </message>
    <message>
        <source>The line could not be read in full.</source>
        <translation>No se ha podido leer la línea completa.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Ir a la línea</translation>
    </message>
    <message>
        <source>Line (1 to %1):</source>
        <translation>Línea (de 1 a %1):</translation>
    </message>
    <message>
        <source>Go to Time</source>
        <translation>Ir a la hora</translation>
    </message>
    <message>
        <source>The messages of this file carry no time stamps.</source>
        <translation>Los mensajes de este archivo no tienen marcas de tiempo.</translation>
    </message>
    <message>
        <source>No message is that late.</source>
        <translation>No hay ningún mensaje tan tardío.</translation>
    </message>
    <message>
        <source>Go To</source>
        <translation>Ir a</translation>
    </message>
    <message>
        <source>Go to a line by its number, or to a time</source>
        <translation>Ir a una línea por su número o a una hora</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>No file open</source>
        <translation>Ningún archivo abierto</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Close Tab</source>
        <translation>Cerrar pestaña</translation>
    </message>
    <message>
        <source>Open a saved archive (.jsonl.gz, .ndjson, .gz) with File → Open, or drop it on this window. Several files, or a folder of daily files, open together as one dataset.</source>
        <translation>Abra un archivo guardado (.jsonl.gz, .ndjson, .gz) con Archivo → Abrir o suéltelo en esta ventana. Varios archivos, o una carpeta de archivos diarios, se abren juntos como un solo conjunto de datos.</translation>
    </message>
</context>
<context>
    <name>FirehoseClient</name>
    <message>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Estancado</translation>
    </message>
    <message>
        <source>Waiting to reconnect</source>
        <translation>Esperando para reconectar</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Límite de frecuencia</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Error de autenticación</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Enter the user name and password of the stream account.</source>
        <translation>Introduzca el nombre de usuario y la contraseña de la cuenta de flujo.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Desconectado.</translation>
    </message>
    <message>
        <source>At most %1 connection requests per minute are allowed; next attempt in %2 s.</source>
        <translation>Se permiten como máximo %1 solicitudes de conexión por minuto; próximo intento dentro de %2 s.</translation>
    </message>
    <message>
        <source>Reconnecting to %1…</source>
        <translation>Reconectando con %1…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>The server sent the stream uncompressed.</source>
        <translation>El servidor ha enviado el flujo sin comprimir.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Conectado con %1.</translation>
    </message>
    <message>
        <source>The stream could not be decompressed: %1</source>
        <translation>No se ha podido descomprimir el flujo: %1</translation>
    </message>
    <message>
        <source>The server ended the stream.</source>
        <translation>El servidor ha terminado el flujo.</translation>
    </message>
    <message>
        <source>The connection dropped: %1</source>
        <translation>Se ha perdido la conexión: %1</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. If the server uses a private certificate authority, add its certificate (%3).</source>
        <translation>La conexión segura con %1 ha fallado: %2. Si el servidor usa una autoridad de certificación privada, añada su certificado (%3).</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Error de red: %1</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s.</source>
        <translation>Sin respuesta de %1 en %2 s.</translation>
    </message>
    <message>
        <source>No data for %1 s: the connection stalled.</source>
        <translation>No se han recibido datos durante %1 s: la conexión está estancada.</translation>
    </message>
    <message>
        <source>An incomplete line was discarded.</source>
        <translation>Se ha descartado una línea incompleta.</translation>
    </message>
    <message>
        <source>An incomplete event was discarded.</source>
        <translation>Se ha descartado un evento incompleto.</translation>
    </message>
    <message>
        <source>Reconnecting to %1 (attempt %2).</source>
        <translation>Reconectando con %1 (intento %2).</translation>
    </message>
    <message>
        <source>Connecting to %1.</source>
        <translation>Conectando con %1.</translation>
    </message>
    <message>
        <source>Connected to %1, resuming after item %2 (%3=%2).</source>
        <translation>Conectado con %1; se reanuda tras el elemento %2 (%3=%2).</translation>
    </message>
    <message>
        <source>A line longer than the limit of %1 was dropped (such lines are counted as too long and never shown; the limit is the “Longest line” preference).</source>
        <translation>Se ha descartado una línea que superaba el límite de %1 (estas líneas se cuentan como demasiado largas y nunca se muestran; el límite es la preferencia “Línea más larga”).</translation>
    </message>
    <message>
        <source>The service could not continue after item %1: the items after it are missing.</source>
        <translation>El servicio no ha podido continuar tras el elemento %1: faltan los elementos posteriores.</translation>
    </message>
    <message>
        <source>Next attempt in %1 s (attempt %2).</source>
        <translation>Próximo intento dentro de %1 s (intento %2).</translation>
    </message>
</context>
<context>
    <name>GoToTimeDialog</name>
    <message>
        <source>Go to Time</source>
        <translation>Ir a la hora</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM:SS</source>
        <translation>AAAA-MM-DD HH:MM:SS</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Hora:</translation>
    </message>
    <message>
        <source>For example %1 or %2</source>
        <translation>Por ejemplo, %1 o %2</translation>
    </message>
    <message>
        <source>The first message at or after this time (%1):</source>
        <extracomment>%1 is the time zone the field is read in: &quot;UTC&quot;, &quot;CET&quot;.</extracomment>
        <translation>El primer mensaje a partir de esta hora (%1):</translation>
    </message>
</context>
<context>
    <name>GzipReader</name>
    <message>
        <source>No access point before offset %1.</source>
        <translation>No hay ningún punto de acceso antes del desplazamiento %1.</translation>
    </message>
    <message>
        <source>Cannot start decompressing at offset %1.</source>
        <translation>No se puede empezar a descomprimir en el desplazamiento %1.</translation>
    </message>
    <message>
        <source>Invalid compressed data: %1</source>
        <translation>Datos comprimidos no válidos: %1</translation>
    </message>
</context>
<context>
    <name>GzipStreamDecoder</name>
    <message>
        <source>The compressed stream is corrupt (%1).</source>
        <translation>El flujo comprimido está dañado (%1).</translation>
    </message>
    <message>
        <source>The compressed stream is corrupt (data that is not gzip follows a member).</source>
        <translation>El flujo comprimido está dañado (a un miembro le siguen datos que no son gzip).</translation>
    </message>
</context>
<context>
    <name>GzipVerifier</name>
    <message>
        <source>The file is not gzip-compressed.</source>
        <translation>El archivo no está comprimido con gzip.</translation>
    </message>
    <message>
        <source>The file has unexpected data after its last gzip member (at byte %1).</source>
        <translation>El archivo tiene datos inesperados tras su último miembro gzip (en el byte %1).</translation>
    </message>
    <message>
        <source>The file is corrupt: gzip member %1 (from byte %2) fails its check (%3).</source>
        <translation>El archivo está dañado: el miembro gzip %1 (desde el byte %2) no supera su comprobación (%3).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file is incomplete: gzip member %1 is cut short after %2 bytes.</source>
        <translation>El archivo está incompleto: el miembro gzip %1 está cortado tras %2 bytes.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>Verification was cancelled.</source>
        <translation>Se ha cancelado la verificación.</translation>
    </message>
    <message>
        <source>it is shorter than expected</source>
        <translation>es más corto de lo esperado</translation>
    </message>
</context>
<context>
    <name>HttpStatusRule</name>
    <message>
        <source> The server said: “%1”</source>
        <translation> El servidor ha respondido: “%1”</translation>
    </message>
    <message>
        <source>The server refused the user name or password (HTTP 401). Check the account and enter the password again.</source>
        <translation>El servidor ha rechazado el nombre de usuario o la contraseña (HTTP 401). Compruebe la cuenta y vuelva a introducir la contraseña.</translation>
    </message>
    <message>
        <source>The server refused the request as not acceptable (HTTP 406): the stream must be requested with gzip compression.</source>
        <translation>El servidor ha rechazado la solicitud por no ser aceptable (HTTP 406): el flujo debe solicitarse con compresión gzip.</translation>
    </message>
    <message>
        <source>Rate limited by the server (HTTP %1): too many connection requests.</source>
        <translation>El servidor ha aplicado un límite de frecuencia (HTTP %1): demasiadas solicitudes de conexión.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>El servidor ha respondido HTTP %1.</translation>
    </message>
    <message>
        <source>The server redirected the stream (HTTP %1); paste the final stream URL into the account.</source>
        <translation>El servidor ha redirigido el flujo (HTTP %1); pegue la URL final del flujo en la cuenta.</translation>
    </message>
    <message>
        <source>The server refused the stream (HTTP %1).</source>
        <translation>El servidor ha rechazado el flujo (HTTP %1).</translation>
    </message>
    <message>
        <source>The backup service refused the request (bad date or file type).</source>
        <translation>El servicio de copias de seguridad ha rechazado la solicitud (fecha o tipo de archivo incorrectos).</translation>
    </message>
    <message>
        <source>The user name or password was not accepted.</source>
        <translation>No se han aceptado el nombre de usuario o la contraseña.</translation>
    </message>
    <message>
        <source>This account may not download this file.</source>
        <translation>Esta cuenta no tiene permiso para descargar este archivo.</translation>
    </message>
    <message>
        <source>There is no file for this day.</source>
        <translation>No hay ningún archivo para este día.</translation>
    </message>
    <message>
        <source>The backup service is having trouble (HTTP %1).</source>
        <translation>El servicio de copias de seguridad tiene problemas (HTTP %1).</translation>
    </message>
    <message>
        <source>The backup service answered HTTP %1 instead of a download link.</source>
        <translation>El servicio de copias de seguridad ha respondido HTTP %1 en lugar de un enlace de descarga.</translation>
    </message>
    <message>
        <source>The download link expired (HTTP %1).</source>
        <translation>El enlace de descarga ha caducado (HTTP %1).</translation>
    </message>
    <message>
        <source>The storage host is having trouble (HTTP %1).</source>
        <translation>El servidor de almacenamiento tiene problemas (HTTP %1).</translation>
    </message>
    <message>
        <source>The storage host refused the download (HTTP %1).</source>
        <translation>El servidor de almacenamiento ha rechazado la descarga (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>HttpStreamConnection</name>
    <message>
        <source>The server&apos;s answer has more than %1 KiB of headers.</source>
        <translation>La respuesta del servidor tiene más de %1 KiB de cabeceras.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid HTTP.</source>
        <translation>La respuesta del servidor no es HTTP válido.</translation>
    </message>
    <message>
        <source>The server&apos;s answer broke its chunked framing.</source>
        <translation>La respuesta del servidor rompe su codificación por bloques (chunked).</translation>
    </message>
    <message>
        <source>The server closed the connection before the answer was complete.</source>
        <translation>El servidor cerró la conexión antes de completar la respuesta.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation>El servidor cerró la conexión sin responder.</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Indexing…</source>
        <translation>Indexando…</translation>
    </message>
    <message>
        <source>Count, search and summarise a saved archive.</source>
        <translation>Contar, buscar y resumir un archivo guardado.</translation>
    </message>
    <message>
        <source>Count lines, messages and malformed lines (with --grep: count matches).</source>
        <translation>Contar líneas, mensajes y líneas mal formadas (con --grep: contar coincidencias).</translation>
    </message>
    <message>
        <source>Messages per hour, top symbols and the sentiment share.</source>
        <translation>Mensajes por hora, símbolos principales y proporción de sentimiento.</translation>
    </message>
    <message>
        <source>Print line N (the first line is 1).</source>
        <translation>Mostrar la línea N (la primera línea es la 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The member to read in a zip, tar or 7z archive.</source>
        <translation>El miembro que se debe leer en un archivo comprimido zip, tar o 7z.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Symbols listed by --stats (default 10).</source>
        <translation>Símbolos que muestra --stats (valor predeterminado: 10).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>Mostrar los resultados en JSON.</translation>
    </message>
    <message>
        <source>Neither read nor write the index cache.</source>
        <translation>No leer ni escribir la caché del índice.</translation>
    </message>
    <message>
        <source>--grep needs a pattern.</source>
        <translation>--grep requiere un patrón.</translation>
    </message>
    <message>
        <source>The archive holds several files; choose one with --member:</source>
        <translation>El archivo comprimido contiene varios archivos; elija uno con --member:</translation>
    </message>
    <message>
        <source>The last line is line %1.</source>
        <translation>La última línea es la %1.</translation>
    </message>
    <message>
        <source>Cannot read line %1.</source>
        <translation>No se puede leer la línea %1.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Messages per hour (UTC):</source>
        <translation>Mensajes por hora (UTC):</translation>
    </message>
    <message>
        <source>Top symbols:</source>
        <translation>Símbolos principales:</translation>
    </message>
    <message>
        <source>Sentiment: %1 % bullish, %2 % bearish, %3 % without</source>
        <translation>Sentimiento: %1 % alcista, %2 % bajista, %3 % sin sentimiento</translation>
    </message>
    <message>
        <source>File:          %1</source>
        <translation>Archivo:       %1</translation>
    </message>
    <message>
        <source>Format:        %1</source>
        <translation>Formato:       %1</translation>
    </message>
    <message>
        <source>Lines:         %1</source>
        <translation>Líneas:        %1</translation>
    </message>
    <message>
        <source>Messages:      %1</source>
        <translation>Mensajes:      %1</translation>
    </message>
    <message>
        <source>Malformed:     %1</source>
        <translation>Mal formadas:  %1</translation>
    </message>
    <message>
        <source>Uncompressed:  %1</source>
        <translation>Sin comprimir: %1</translation>
    </message>
    <message>
        <source>Time span:     %1 to %2</source>
        <translation>Periodo:       de %1 a %2</translation>
    </message>
    <message>
        <source>Complete:      %1</source>
        <translation>Completo:      %1</translation>
    </message>
    <message>
        <source>no, the file is truncated or damaged</source>
        <translation>no, el archivo está truncado o dañado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Print the messages that match QUERY: words, &quot;phrases&quot;, $TSLA, @user, sentiment:bullish, id:, kind:, before:/after: times, /regex/, AND, OR, NOT and parentheses. Exit status 1 when nothing matches, as grep.</source>
        <translation>Mostrar los mensajes que coinciden con CONSULTA: palabras, &quot;frases&quot;, $TSLA, @usuario, sentiment:bullish, id:, kind:, horas con before:/after:, /regex/, AND, OR, NOT y paréntesis. Estado de salida 1 si nada coincide, como grep.</translation>
    </message>
    <message>
        <source>query</source>
        <translation>consulta</translation>
    </message>
    <message>
        <source>QUERY is one regular expression.</source>
        <translation>CONSULTA es una única expresión regular.</translation>
    </message>
    <message>
        <source>Ignore case (the default).</source>
        <translation>No distinguir mayúsculas y minúsculas (valor predeterminado).</translation>
    </message>
    <message>
        <source>Compare words and expressions with their case.</source>
        <translation>Distinguir mayúsculas y minúsculas en palabras y expresiones.</translation>
    </message>
    <message>
        <source>Cut line:      %1 at the end, without a terminator (not counted)</source>
        <translation>Línea cortada: %1 al final, sin terminador (no se cuenta)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Files:         %1</source>
        <translation>Archivos:      %1</translation>
    </message>
    <message>
        <source>no, a file is truncated or damaged</source>
        <translation>no, un archivo está truncado o dañado</translation>
    </message>
    <message>
        <source>Files in time order (lines, messages, file):</source>
        <translation>Archivos en orden cronológico (líneas, mensajes, archivo):</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>ARCHIVO...</translation>
    </message>
    <message>
        <source>hydrant-cli inspect FILE...: count, search and summarise saved archives. Without options it prints a summary.</source>
        <translation>hydrant-cli inspect ARCHIVO...: contar, buscar y resumir archivos guardados. Sin opciones muestra un resumen.</translation>
    </message>
    <message>
        <source>Give a file, several files or a folder to inspect.</source>
        <translation>Indique un archivo, varios archivos o una carpeta para inspeccionar.</translation>
    </message>
    <message>
        <source>--member reads one archive; give that archive alone.</source>
        <translation>--member lee un solo archivo comprimido; indíquelo solo.</translation>
    </message>
    <message>
        <source>A .jsonl.gz, .jsonl or archive file; or several files, or a folder of daily files, read as one dataset in time order; - reads standard input.</source>
        <translation>Un archivo .jsonl.gz, .jsonl o comprimido; o varios archivos, o una carpeta de archivos diarios, leídos como un solo conjunto de datos en orden cronológico; - lee la entrada estándar.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
</context>
<context>
    <name>JetStreamPublisher</name>
    <message>
        <source>There is no JetStream stream named &apos;%1&apos;.</source>
        <translation>No existe ningún flujo de JetStream llamado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot read the JetStream stream &apos;%1&apos;: %2</source>
        <translation>No se puede leer el flujo de JetStream &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Not connected to NATS.</source>
        <translation>No hay conexión con NATS.</translation>
    </message>
    <message>
        <source>The JetStream stream &apos;%1&apos; exists but does not take the subject %2: give its --subject, or another --stream.</source>
        <translation>El flujo de JetStream &apos;%1&apos; existe, pero no acepta el asunto %2: indique su --subject u otro --stream.</translation>
    </message>
    <message>
        <source>Cannot create the JetStream stream &apos;%1&apos;: %2</source>
        <translation>No se puede crear el flujo de JetStream &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Cannot read the last message of the JetStream stream &apos;%1&apos;: %2</source>
        <translation>No se puede leer el último mensaje del flujo de JetStream &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>JetStream did not store the messages in time (%1).</source>
        <translation>JetStream no ha almacenado los mensajes a tiempo (%1).</translation>
    </message>
</context>
<context>
    <name>JetStreamReader</name>
    <message>
        <source>&apos;%1&apos; is not a start: give new, all, a span such as 30m, 1h or 2d, or a time such as 2024-03-11T09:00Z.</source>
        <translation>&apos;%1&apos; no es un inicio válido: indique new, all, un periodo como 30m, 1h o 2d, o una hora como 2024-03-11T09:00Z.</translation>
    </message>
    <message>
        <source>Cannot read the JetStream stream &apos;%1&apos;: %2</source>
        <translation>No se puede leer el flujo de JetStream &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>The consumer was lost (%1); reading continues after message %2.</source>
        <translation>Se perdió el consumidor (%1); la lectura continúa después del mensaje %2.</translation>
    </message>
    <message>
        <source>the stream holds messages it did not deliver</source>
        <translation>el flujo contiene mensajes que no entregó</translation>
    </message>
    <message>
        <source>its heartbeats stopped</source>
        <translation>sus latidos se detuvieron</translation>
    </message>
    <message>
        <source>messages it delivered did not arrive</source>
        <translation>mensajes que entregó no llegaron</translation>
    </message>
    <message>
        <source>a message arrived out of its delivery order</source>
        <translation>un mensaje llegó fuera de su orden de entrega</translation>
    </message>
    <message>
        <source>it passed over messages the stream holds</source>
        <translation>pasó por alto mensajes que el flujo contiene</translation>
    </message>
</context>
<context>
    <name>JetStreamSource</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Desconectado.</translation>
    </message>
    <message>
        <source>The NATS server went away; reconnecting to another one.</source>
        <translation>El servidor NATS desapareció; reconectando con otro.</translation>
    </message>
    <message>
        <source>Now reading from %1.</source>
        <translation>Leyendo ahora de %1.</translation>
    </message>
    <message>
        <source>Connected to %1 (stream %2).</source>
        <translation>Conectado a %1 (flujo %2).</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 (stream %2), %n message(s) behind.</source>
        <translation>
            <numerusform>Conectado a %1 (flujo %2), %n mensaje de retraso.</numerusform>
            <numerusform>Conectado a %1 (flujo %2), %n mensajes de retraso.</numerusform>
        </translation>
    </message>
    <message>
        <source>If the server uses a private certificate authority, add its certificate (%1).</source>
        <translation>Si el servidor usa una autoridad de certificación privada, añada su certificado (%1).</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>null</source>
        <translation>nulo</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booleano</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>string</source>
        <translation>cadena</translation>
    </message>
    <message>
        <source>array</source>
        <translation>matriz</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objeto</translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>JSON no válido en el byte %1: %2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>LiveCharts</name>
    <message>
        <source>Messages per second</source>
        <translation>Mensajes por segundo</translation>
    </message>
    <message>
        <source>messages/s</source>
        <translation>mensajes/s</translation>
    </message>
    <message>
        <source>Top symbols, last %1 min</source>
        <translation>Símbolos principales, últimos %1 min</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>menciones</translation>
    </message>
    <message>
        <source>Bullish vs bearish</source>
        <translation>Alcista frente a bajista</translation>
    </message>
    <message>
        <source>Bullish %</source>
        <translation>% alcista</translation>
    </message>
    <message>
        <source>Bearish %</source>
        <translation>% bajista</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aún ninguno)</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <source>No stream to watch yet</source>
        <translation>Aún no hay ningún flujo que seguir</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Añadir cuenta…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Connect to the stream (F5)</source>
        <translation>Conectarse al flujo (F5)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>Disconnect from the stream (Shift+F5)</source>
        <translation>Desconectarse del flujo (Mayús+F5)</translation>
    </message>
    <message>
        <source>&amp;Pause Scrolling</source>
        <translation>&amp;Pausar desplazamiento</translation>
    </message>
    <message>
        <source>Stop following the newest message; messages keep arriving (Ctrl+P)</source>
        <translation>Dejar de seguir el mensaje más reciente; los mensajes siguen llegando (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Grabar</translation>
    </message>
    <message>
        <source>Write the stream to a daily .jsonl.gz file in the recording folder (Ctrl+R)</source>
        <translation>Escribir el flujo en un archivo .jsonl.gz diario en la carpeta de grabaciones (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Jump to Newest</source>
        <translation>&amp;Ir al más reciente</translation>
    </message>
    <message>
        <source>C&amp;lear Feed</source>
        <translation>&amp;Limpiar la lista de mensajes</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrar…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Connection log</source>
        <translation>Registro de conexión</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 mensajes</translation>
    </message>
    <message>
        <source>%1 of %2 messages</source>
        <translation>%1 de %2 mensajes</translation>
    </message>
    <message>
        <source>filtering…</source>
        <translation>filtrando…</translation>
    </message>
    <message>
        <source>Filter: words, $TSLA, @user, sentiment:bullish, /regex/, OR, NOT …</source>
        <translation>Filtro: palabras, $TSLA, @usuario, sentiment:bullish, /regex/, OR, NOT …</translation>
    </message>
    <message>
        <source>Add a stream account with the URL and the e-mail address and password from your provider&apos;s dashboard. To look around first, try the demo (or start Hydrant with %1): it streams from a built-in simulator, no account needed.</source>
        <extracomment>%1 is the command hydrant --demo</extracomment>
        <translation>Añada una cuenta de flujo con la URL, la dirección de correo electrónico y la contraseña del panel de su proveedor. Para echar un vistazo primero, pruebe la demostración (o inicie Hydrant con %1): recibe el flujo de un simulador integrado, sin necesidad de cuenta.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Probar la demostración</translation>
    </message>
    <message>
        <source>Recording to %1.</source>
        <translation>Grabando en %1.</translation>
    </message>
    <message>
        <source>Recording stopped: %1.</source>
        <translation>Grabación detenida: %1.</translation>
    </message>
    <message>
        <source>Recording started in %1.</source>
        <translation>Grabación iniciada en %1.</translation>
    </message>
</context>
<context>
    <name>LiveSession</name>
    <message>
        <source>This Hydrant was built without NATS: it cannot read a team relay.</source>
        <translation>Esta compilación de Hydrant no incluye NATS: no puede leer un retransmisor de equipo.</translation>
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
        <translation>Listo</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>The realtime stream (Ctrl+1)</source>
        <translation>El flujo en tiempo real (Ctrl+1)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Download daily backup archives (Ctrl+2)</source>
        <translation>Descargar los archivos de copia de seguridad diarios (Ctrl+2)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Open and search saved archives (Ctrl+3)</source>
        <translation>Abrir archivos guardados y buscar en ellos (Ctrl+3)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Stream</source>
        <translation>&amp;Flujo</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Copias de seguridad</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>C&amp;onfiguración</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Cuentas…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Hydrant</source>
        <translation>&amp;Acerca de Hydrant</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>Hydrant — demo</source>
        <translation>Hydrant — demostración</translation>
    </message>
    <message>
        <source>Demo mode: connected to the built-in simulator, no account needed.</source>
        <translation>Modo de demostración: conectado al simulador integrado, sin necesidad de cuenta.</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Abrir archivo</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>El archivo %1 no existe.</translation>
    </message>
    <message>
        <source>Open archives</source>
        <translation>Abrir archivos</translation>
    </message>
    <message>
        <source>JSON lines archives (*.gz *.jsonl *.ndjson *.json *.zip *.tar *.tgz *.7z *.xz *.bz2 *.zst);;All files (*)</source>
        <translation>Archivos de líneas JSON (*.gz *.jsonl *.ndjson *.json *.zip *.tar *.tgz *.7z *.xz *.bz2 *.zst);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Documentación</translation>
    </message>
    <message>
        <source>Read the user guide online</source>
        <translation>Leer la guía del usuario en línea</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>Show the %1 Page</source>
        <translation>Mostrar la página %1</translation>
    </message>
    <message>
        <source>Demo S&amp;tream</source>
        <translation>Flujo de demos&amp;tración</translation>
    </message>
    <message>
        <source>Demo mode: the built-in simulator, no account needed. Stream ▸ Demo Stream switches between a Gnip firehose and a StockTwits Firestream.</source>
        <translation>Modo de demostración: el simulador integrado, sin necesidad de cuenta. Flujo ▸ Flujo de demostración cambia entre un firehose de Gnip y un Firestream de StockTwits.</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentación</translation>
    </message>
    <message>
        <source>No web browser could be started. The user guide is at %1</source>
        <translation>No se ha podido iniciar ningún navegador web. La guía del usuario está en %1</translation>
    </message>
    <message>
        <source>Quit Hydrant</source>
        <translation>Salir de Hydrant</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) are still running. Quit anyway?</source>
        <translation>
            <numerusform>%n descarga sigue en curso. ¿Desea salir de todos modos?</numerusform>
            <numerusform>%n descargas siguen en curso. ¿Desea salir de todos modos?</numerusform>
        </translation>
    </message>
    <message>
        <source>They carry on from where they stopped the next time Hydrant starts.</source>
        <translation>Continuarán donde se detuvieron la próxima vez que se inicie Hydrant.</translation>
    </message>
    <message>
        <source>Quit Anyway</source>
        <translation>Salir de todos modos</translation>
    </message>
    <message>
        <source>Keep Downloading</source>
        <translation>Seguir descargando</translation>
    </message>
    <message>
        <source>The demo simulator could not start: %1</source>
        <translation>No se ha podido iniciar el simulador de demostración: %1</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Probar la demostración</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Abrir &amp;carpeta…</translation>
    </message>
    <message>
        <source>Open a folder of daily archives as one dataset</source>
        <translation>Abrir una carpeta de archivos diarios como un solo conjunto de datos</translation>
    </message>
    <message>
        <source>Open a folder of daily archives</source>
        <translation>Abrir una carpeta de archivos diarios</translation>
    </message>
    <message>
        <source>Open R&amp;ecordings Folder</source>
        <translation>Abrir carpeta de &amp;grabaciones</translation>
    </message>
    <message>
        <source>Open the folder the Live page records into as one dataset that follows the recording</source>
        <translation>Abrir la carpeta en la que graba la página En directo como un conjunto de datos que sigue la grabación</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Limpiar archivos recientes</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the last session are gone: %1</source>
        <translation>
            <numerusform>%n archivo de la última sesión ya no existe: %1</numerusform>
            <numerusform>%n archivos de la última sesión ya no existen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Recordings Folder</source>
        <translation>Abrir carpeta de grabaciones</translation>
    </message>
    <message>
        <source>The recordings folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta de grabaciones %1.</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>%1 follows %2</source>
        <extracomment>A StockTwits activity: %1 follows %2 (both user names)</extracomment>
        <translation>%1 sigue a %2</translation>
    </message>
    <message>
        <source>%1 blocks %2</source>
        <extracomment>A StockTwits activity: %1 blocks %2 (both user names)</extracomment>
        <translation>%1 bloquea a %2</translation>
    </message>
    <message>
        <source>%1 likes message %2</source>
        <extracomment>A StockTwits activity: %1 (a user name) likes the message with id %2</extracomment>
        <translation>A %1 le gusta el mensaje %2</translation>
    </message>
    <message>
        <source>%1 likes message %2: %3</source>
        <extracomment>A StockTwits activity: %1 (a user name) likes message %2 whose text is %3</extracomment>
        <translation>A %1 le gusta el mensaje %2: %3</translation>
    </message>
</context>
<context>
    <name>MessageColumns</name>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Símbolos</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentimiento</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Unknown column “%1”: use %2.</source>
        <translation>Columna desconocida “%1”: use %2.</translation>
    </message>
    <message>
        <source>Name at least one column.</source>
        <translation>Indique al menos una columna.</translation>
    </message>
    <message>
        <source>Bullish</source>
        <translation>Alcista</translation>
    </message>
    <message>
        <source>Bearish</source>
        <translation>Bajista</translation>
    </message>
</context>
<context>
    <name>MessageDetailView</name>
    <message>
        <source>StockTwits message</source>
        <translation>Mensaje de StockTwits</translation>
    </message>
    <message>
        <source>Activity Streams activity</source>
        <translation>Actividad de Activity Streams</translation>
    </message>
    <message>
        <source>Tweet</source>
        <translation>Tuit</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>Objeto JSON</translation>
    </message>
    <message>
        <source>Server information</source>
        <translation>Información del servidor</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Error del servidor</translation>
    </message>
    <message>
        <source>Malformed line</source>
        <translation>Línea mal formada</translation>
    </message>
    <message>
        <source>Select a message to see it in full: author, time, text, symbols and the raw JSON.</source>
        <translation>Seleccione un mensaje para verlo completo: autor, hora, texto, símbolos y el JSON sin procesar.</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON sin procesar</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Expandir todo</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Contraer todo</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copiar JSON</translation>
    </message>
    <message>
        <source>Copy the message as received</source>
        <translation>Copiar el mensaje tal como se recibió</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Copiar valor</translation>
    </message>
    <message>
        <source>No time stamp</source>
        <translation>Sin marca de tiempo</translation>
    </message>
    <message>
        <source>Bullish</source>
        <translation>Alcista</translation>
    </message>
    <message>
        <source>Bearish</source>
        <translation>Bajista</translation>
    </message>
    <message>
        <source>This line is not a JSON object:</source>
        <translation>Esta línea no es un objeto JSON:</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sin texto)</translation>
    </message>
    <message>
        <source>Symbols: %1</source>
        <translation>Símbolos: %1</translation>
    </message>
    <message>
        <source>♥ %1</source>
        <translation>♥ %1</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>vía %1</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copiar ruta</translation>
    </message>
    <message>
        <source>Copy whole message</source>
        <translation>Copiar el mensaje completo</translation>
    </message>
    <message>
        <source>StockTwits activity</source>
        <translation>Actividad de StockTwits</translation>
    </message>
    <message>
        <source>Line shown cut</source>
        <translation>Línea mostrada recortada</translation>
    </message>
    <message>
        <source>The line is %1 long; only its first %2 were read, so it is not interpreted.</source>
        <translation>La línea mide %1; solo se leyeron sus primeros %2, por lo que no se interpreta.</translation>
    </message>
    <message>
        <source>The JSON tree needs the whole line.</source>
        <translation>El árbol JSON necesita la línea completa.</translation>
    </message>
</context>
<context>
    <name>MessageQuery</name>
    <message>
        <source>There is a &apos;)&apos; at character %1 without a &apos;(&apos; before it.</source>
        <translation>Hay un &apos;)&apos; en el carácter %1 sin un &apos;(&apos; delante.</translation>
    </message>
    <message>
        <source>Unexpected text at character %1.</source>
        <translation>Texto inesperado en el carácter %1.</translation>
    </message>
    <message>
        <source>The phrase at character %1 has no closing quote (&quot;).</source>
        <translation>La frase del carácter %1 no tiene comilla de cierre (&quot;).</translation>
    </message>
    <message>
        <source>The regular expression at character %1 has no closing slash (/).</source>
        <translation>La expresión regular del carácter %1 no tiene barra de cierre (/).</translation>
    </message>
    <message>
        <source>The value at character %1 has no closing quote (&quot;).</source>
        <translation>El valor del carácter %1 no tiene comilla de cierre (&quot;).</translation>
    </message>
    <message>
        <source>OR at character %1 needs a term after it.</source>
        <translation>OR en el carácter %1 requiere un término detrás.</translation>
    </message>
    <message>
        <source>AND at character %1 needs a term after it.</source>
        <translation>AND en el carácter %1 requiere un término detrás.</translation>
    </message>
    <message>
        <source>NOT at character %1 needs a term after it.</source>
        <translation>NOT en el carácter %1 requiere un término detrás.</translation>
    </message>
    <message>
        <source>The parentheses at character %1 are empty.</source>
        <translation>Los paréntesis del carácter %1 están vacíos.</translation>
    </message>
    <message>
        <source>The parenthesis at character %1 is not closed.</source>
        <translation>El paréntesis del carácter %1 no está cerrado.</translation>
    </message>
    <message>
        <source>%1 at character %2 needs a term before it.</source>
        <translation>%1 en el carácter %2 requiere un término delante.</translation>
    </message>
    <message>
        <source>The phrase at character %1 is empty.</source>
        <translation>La frase del carácter %1 está vacía.</translation>
    </message>
    <message>
        <source>A term is missing at character %1.</source>
        <translation>Falta un término en el carácter %1.</translation>
    </message>
    <message>
        <source>The regular expression at character %1 is empty.</source>
        <translation>La expresión regular del carácter %1 está vacía.</translation>
    </message>
    <message>
        <source>The regular expression is not valid at character %1: %2</source>
        <translation>La expresión regular no es válida en el carácter %1: %2</translation>
    </message>
    <message>
        <source>“%1” at character %2 needs a value.</source>
        <translation>“%1” en el carácter %2 requiere un valor.</translation>
    </message>
    <message>
        <source>Unknown sentiment “%1” at character %2: use bullish, bearish or none.</source>
        <translation>Sentimiento desconocido “%1” en el carácter %2: use bullish, bearish o none.</translation>
    </message>
    <message>
        <source>Unknown kind “%1” at character %2: use one of %3.</source>
        <translation>Tipo desconocido “%1” en el carácter %2: use uno de estos: %3.</translation>
    </message>
    <message>
        <source>“%1” at character %2 is not a time: write it like 2024-03-11 or 2024-03-11T14:30:00Z (UTC).</source>
        <translation>“%1” en el carácter %2 no es una hora: escríbala como 2024-03-11 o 2024-03-11T14:30:00Z (UTC).</translation>
    </message>
    <message>
        <source>messages matching “%1”</source>
        <translation>mensajes que coinciden con “%1”</translation>
    </message>
    <message>
        <source>&lt;p&gt;Terms next to each other must all match; text is compared without case, as shown (escapes and entities decoded).&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;word&lt;/b&gt; or &lt;b&gt;&quot;a phrase&quot;&lt;/b&gt; — in the text, author or name&lt;/li&gt;&lt;li&gt;&lt;b&gt;$TSLA&lt;/b&gt; or &lt;b&gt;symbol:TSLA&lt;/b&gt; — messages about the symbol&lt;/li&gt;&lt;li&gt;&lt;b&gt;@user&lt;/b&gt; or &lt;b&gt;user:name&lt;/b&gt; — messages by this user&lt;/li&gt;&lt;li&gt;&lt;b&gt;sentiment:bullish&lt;/b&gt;, &lt;b&gt;bearish&lt;/b&gt; or &lt;b&gt;none&lt;/b&gt;; &lt;b&gt;id:123&lt;/b&gt;; &lt;b&gt;kind:stocktwits&lt;/b&gt;, &lt;b&gt;gnip&lt;/b&gt;, &lt;b&gt;tweet&lt;/b&gt;, &lt;b&gt;activity&lt;/b&gt;, &lt;b&gt;json&lt;/b&gt;&lt;/li&gt;&lt;li&gt;&lt;b&gt;after:2024-03-11&lt;/b&gt;, &lt;b&gt;before:2024-03-11T14:30&lt;/b&gt; — times in UTC&lt;/li&gt;&lt;li&gt;&lt;b&gt;/regular expression/&lt;/b&gt; — on the text&lt;/li&gt;&lt;li&gt;&lt;b&gt;OR&lt;/b&gt;, &lt;b&gt;NOT&lt;/b&gt; (or &lt;b&gt;-term&lt;/b&gt;), &lt;b&gt;AND&lt;/b&gt; and &lt;b&gt;( )&lt;/b&gt;&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Los términos contiguos deben coincidir todos; el texto se compara sin distinguir mayúsculas y minúsculas, tal como se muestra (con secuencias de escape y entidades descodificadas).&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;palabra&lt;/b&gt; o &lt;b&gt;&quot;una frase&quot;&lt;/b&gt; — en el texto, el autor o el nombre&lt;/li&gt;&lt;li&gt;&lt;b&gt;$TSLA&lt;/b&gt; o &lt;b&gt;symbol:TSLA&lt;/b&gt; — mensajes sobre el símbolo&lt;/li&gt;&lt;li&gt;&lt;b&gt;@usuario&lt;/b&gt; o &lt;b&gt;user:nombre&lt;/b&gt; — mensajes de este usuario&lt;/li&gt;&lt;li&gt;&lt;b&gt;sentiment:bullish&lt;/b&gt;, &lt;b&gt;bearish&lt;/b&gt; o &lt;b&gt;none&lt;/b&gt;; &lt;b&gt;id:123&lt;/b&gt;; &lt;b&gt;kind:stocktwits&lt;/b&gt;, &lt;b&gt;gnip&lt;/b&gt;, &lt;b&gt;tweet&lt;/b&gt;, &lt;b&gt;activity&lt;/b&gt;, &lt;b&gt;json&lt;/b&gt;&lt;/li&gt;&lt;li&gt;&lt;b&gt;after:2024-03-11&lt;/b&gt;, &lt;b&gt;before:2024-03-11T14:30&lt;/b&gt; — horas en UTC&lt;/li&gt;&lt;li&gt;&lt;b&gt;/expresión regular/&lt;/b&gt; — sobre el texto&lt;/li&gt;&lt;li&gt;&lt;b&gt;OR&lt;/b&gt;, &lt;b&gt;NOT&lt;/b&gt; (o &lt;b&gt;-término&lt;/b&gt;), &lt;b&gt;AND&lt;/b&gt; y &lt;b&gt;( )&lt;/b&gt;&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>NatsConnection</name>
    <message>
        <source>Cannot connect to the NATS server %1: %2</source>
        <translation>No se puede conectar con el servidor NATS %1: %2</translation>
    </message>
    <message>
        <source>The NATS server %1 refused the user name or password (%2).</source>
        <translation>El servidor NATS %1 ha rechazado el nombre de usuario o la contraseña (%2).</translation>
    </message>
    <message>
        <source>The NATS server %1 does not offer TLS: nothing was sent to it unencrypted.</source>
        <translation>El servidor NATS %1 no ofrece TLS: no se le ha enviado nada sin cifrar.</translation>
    </message>
    <message>
        <source>The NATS server %1 could not be verified over TLS (%2).</source>
        <translation>No se ha podido verificar el servidor NATS %1 mediante TLS (%2).</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password for %1</source>
        <translation>Contraseña de %1</translation>
    </message>
    <message>
        <source>Enter the password of %1 for the account “%2”.</source>
        <translation>Introduzca la contraseña de %1 para la cuenta “%2”.</translation>
    </message>
    <message>
        <source>Remember in the secret store</source>
        <translation>Recordar en el almacén de secretos</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> mensajes</translation>
    </message>
    <message>
        <source>The live feed keeps this many recent messages; older ones leave.</source>
        <translation>La lista en directo conserva este número de mensajes recientes; los más antiguos se descartan.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Reconnect when nothing, not even a heartbeat, arrives for this long.</source>
        <translation>Reconectar cuando no llega nada, ni siquiera un latido, durante este tiempo.</translation>
    </message>
    <message>
        <source>How many backup files download at the same time.</source>
        <translation>Cuántos archivos de copia de seguridad se descargan a la vez.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Live stream</source>
        <translation>Flujo en directo</translation>
    </message>
    <message>
        <source>Keep in &amp;memory:</source>
        <translation>Conservar en &amp;memoria:</translation>
    </message>
    <message>
        <source>&amp;Stall timeout:</source>
        <translation>&amp;Tiempo máximo sin datos:</translation>
    </message>
    <message>
        <source>&amp;Recordings folder:</source>
        <translation>Carpeta de &amp;grabaciones:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Parallel &amp;downloads:</source>
        <translation>&amp;Descargas simultáneas:</translation>
    </message>
    <message>
        <source>Download &amp;folder:</source>
        <translation>&amp;Carpeta de descargas:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Elegir una carpeta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The new language applies the next time Hydrant starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Hydrant.</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>A stream line longer than this is dropped and counted in the status bar; the connection log says so the first time.</source>
        <translation>Una línea del flujo más larga que este valor se descarta y se cuenta en la barra de estado; el registro de conexión lo indica la primera vez.</translation>
    </message>
    <message>
        <source>Lon&amp;gest line:</source>
        <translation>Línea más &amp;larga:</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>The most all backup downloads together may take of the network; 0 for no limit.</source>
        <translation>El ancho de banda máximo que pueden ocupar en conjunto todas las descargas de copias de seguridad; 0 para no limitarlo.</translation>
    </message>
    <message>
        <source>S&amp;peed limit:</source>
        <translation>Límite de &amp;velocidad:</translation>
    </message>
    <message>
        <source>Re&amp;open the files of the last session at start</source>
        <translation>Volver a &amp;abrir al inicio los archivos de la última sesión</translation>
    </message>
    <message>
        <source>The Files page&apos;s tabs open again where they were left, unless Hydrant is started with files to open.</source>
        <translation>Las pestañas de la página Archivos se vuelven a abrir donde se dejaron, salvo que Hydrant se inicie con archivos que abrir.</translation>
    </message>
    <message>
        <source>Local time</source>
        <extracomment>Times shown in the computer&apos;s own time zone.</extracomment>
        <translation>Hora local</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>The zone of every time the window shows: the tables, the detail, Go to Time and the statistics. Exports are always in UTC.</source>
        <translation>La zona de todas las horas que muestra la ventana: las tablas, el detalle, Ir a la hora y las estadísticas. Las exportaciones siempre están en UTC.</translation>
    </message>
    <message>
        <source>&amp;Times shown in:</source>
        <translation>&amp;Horas mostradas en:</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>the system accepted only %1 of %2 bytes</source>
        <translation>el sistema solo ha aceptado %1 de %2 bytes</translation>
    </message>
    <message>
        <source>Recording stopped: cannot create the recording folder %1.</source>
        <translation>Grabación detenida: no se puede crear la carpeta de grabaciones %1.</translation>
    </message>
    <message>
        <source>Recording stopped: cannot open %1: %2.</source>
        <translation>Grabación detenida: no se puede abrir %1: %2.</translation>
    </message>
    <message>
        <source>Recording stopped: the gzip compressor could not be started.</source>
        <translation>Grabación detenida: no se ha podido iniciar el compresor gzip.</translation>
    </message>
    <message>
        <source>Recording stopped: cannot read the end of %1 to append to it: %2.</source>
        <translation>Grabación detenida: no se puede leer el final de %1 para seguir añadiendo datos: %2.</translation>
    </message>
    <message>
        <source>Recording stopped: %1 ends in an incomplete gzip member, and it cannot be set aside in %2: %3.</source>
        <translation>Grabación detenida: %1 termina en un miembro gzip incompleto y no se puede apartar en %2: %3.</translation>
    </message>
    <message>
        <source>Recording stopped: cannot cut the incomplete end off %1: %2.</source>
        <translation>Grabación detenida: no se puede recortar el final incompleto de %1: %2.</translation>
    </message>
    <message>
        <source>Recording stopped: the gzip compressor failed.</source>
        <translation>Grabación detenida: ha fallado el compresor gzip.</translation>
    </message>
    <message>
        <source>Recording stopped: cannot write %1: %2.</source>
        <translation>Grabación detenida: no se puede escribir en %1: %2.</translation>
    </message>
    <message>
        <source>%1 ended in an incomplete gzip member (%2 bytes, cut off by a crash or power loss): those bytes were moved to %3, and the recording continues after the last complete member.</source>
        <translation>%1 terminaba en un miembro gzip incompleto (%2 bytes, cortado por un cierre inesperado o un corte de corriente): esos bytes se han movido a %3 y la grabación continúa tras el último miembro completo.</translation>
    </message>
</context>
<context>
    <name>RelayCommand</name>
    <message>
        <source>Relay one stream account to a NATS JetStream stream for a whole team.</source>
        <translation>Retransmitir una cuenta de flujo a un flujo de NATS JetStream para todo un equipo.</translation>
    </message>
    <message>
        <source>The NATS servers, comma-separated: nats://HOST:PORT or tls://HOST:PORT (with JetStream enabled).</source>
        <translation>Los servidores NATS, separados por comas: nats://HOST:PORT o tls://HOST:PORT (con JetStream habilitado).</translation>
    </message>
    <message>
        <source>URLS</source>
        <translation>URLS</translation>
    </message>
    <message>
        <source>The JetStream stream&apos;s name (default HYDRANT); created when missing.</source>
        <translation>El nombre del flujo de JetStream (valor predeterminado: HYDRANT); se crea si no existe.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>The subject prefix: messages are published on PREFIX.messages (default hydrant).</source>
        <translation>El prefijo de asunto: los mensajes se publican en PREFIJO.messages (valor predeterminado: hydrant).</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PREFIJO</translation>
    </message>
    <message>
        <source>How long a stream created by the relay keeps messages: 90m, 12h, 7d (default 7d).</source>
        <translation>Cuánto tiempo conserva los mensajes un flujo creado por el retransmisor: 90m, 12h, 7d (valor predeterminado: 7d).</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>ANTIGÜEDAD</translation>
    </message>
    <message>
        <source>The NATS user name; its password comes from the HYDRANT_NATS_PASSWORD environment variable.</source>
        <translation>El nombre de usuario de NATS; su contraseña se obtiene de la variable de entorno HYDRANT_NATS_PASSWORD.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file for tls:// NATS servers (default: the system&apos;s).</source>
        <translation>Confiar en los certificados de CA de este archivo PEM para los servidores NATS tls:// (valor predeterminado: los del sistema).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Give up (exit code 3) when JetStream has not stored a message for S seconds (default 30).</source>
        <translation>Abandonar (código de salida 3) cuando JetStream no haya almacenado ningún mensaje durante S segundos (valor predeterminado: 30).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Stop after S seconds.</source>
        <translation>Detenerse tras S segundos.</translation>
    </message>
    <message>
        <source>Reconnect when no byte arrives for S seconds (default 30).</source>
        <translation>Reconectar cuando no llega ningún byte durante S segundos (valor predeterminado: 30).</translation>
    </message>
    <message>
        <source>Seconds between status lines on standard error (default 5, 0 = none).</source>
        <translation>Segundos entre líneas de estado en la salida de error estándar (valor predeterminado: 5; 0 = ninguna).</translation>
    </message>
    <message>
        <source>At the end, print a JSON summary object to standard output.</source>
        <translation>Al final, escribir un objeto JSON de resumen en la salida estándar.</translation>
    </message>
    <message>
        <source>Drop stream lines longer than N bytes, counting them (default: the Preferences setting, %1).</source>
        <translation>Descartar las líneas del flujo de más de N bytes y contarlas (valor predeterminado: el ajuste de Preferencias, %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file for the stream (as %1 does).</source>
        <translation>Confiar también en los certificados de CA de este archivo PEM para el flujo (como hace %1).</translation>
    </message>
    <message>
        <source>Give the NATS servers with --nats nats://HOST:PORT[,...].</source>
        <translation>Indique los servidores NATS con --nats nats://HOST:PORT[,...].</translation>
    </message>
    <message>
        <source>--max-age takes a span such as 90m, 12h or 7d.</source>
        <translation>--max-age acepta un periodo como 90m, 12h o 7d.</translation>
    </message>
    <message numerus="yes">
        <source>Created the JetStream stream %1 (%n replica(s)) on %2.</source>
        <translation>
            <numerusform>Se ha creado el flujo de JetStream %1 (%n réplica) en %2.</numerusform>
            <numerusform>Se ha creado el flujo de JetStream %1 (%n réplicas) en %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relaying to the JetStream stream %1 (%n replica(s)) on %2.</source>
        <translation>
            <numerusform>Retransmitiendo al flujo de JetStream %1 (%n réplica) en %2.</numerusform>
            <numerusform>Retransmitiendo al flujo de JetStream %1 (%n réplicas) en %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It holds %n message(s).</source>
        <translation>
            <numerusform>Contiene %n mensaje.</numerusform>
            <numerusform>Contiene %n mensajes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stream URL asks for no backfill (backfillMinutes=N or client=1): what the provider sent while no relay ran is not fetched again.</source>
        <translation>La URL del flujo no solicita backfill (backfillMinutes=N o client=1): lo que el proveedor envió mientras no se ejecutaba ningún retransmisor no se vuelve a obtener.</translation>
    </message>
    <message>
        <source>%1 stored in %2</source>
        <translation>%1 almacenados en %2</translation>
    </message>
    <message>
        <source>%1 already stored</source>
        <translation>%1 ya almacenados</translation>
    </message>
    <message>
        <source>NATS: reconnecting</source>
        <translation>NATS: reconectando</translation>
    </message>
    <message>
        <source>NATS: %1</source>
        <translation>NATS: %1</translation>
    </message>
    <message>
        <source>%1 messages arrived faster than JetStream stored them and were dropped.</source>
        <translation>%1 mensajes han llegado más rápido de lo que JetStream podía almacenarlos y se han descartado.</translation>
    </message>
    <message>
        <source>hydrant-cli relay: hold the one connection an account allows and publish every message to a NATS JetStream stream, from which each member of a team reads it live or from any point it keeps (&apos;hydrant-cli stream --service nats&apos;).

Each message is stored once: its id is its Nats-Msg-Id, so what a restarted relay or a provider&apos;s backfill sends again within the stream&apos;s duplicate window (5 minutes) is dropped by JetStream. The resume cursor (Firestream seq_id, the firehose&apos;s sequence) travels with each stored message, so a relay started again - on any machine - continues after the last message the stream holds.

The stream&apos;s password comes from --password-stdin, else the HYDRANT_PASSWORD environment variable, else the OS secret store for --profile; never from the command line.

Exit codes: 0 normal end (duration or Ctrl+C), 1 usage error, 2 authentication failed (HTTP 401, or NATS refused the user name or password), 3 other fatal error (NATS unreachable, JetStream refused the messages, 406, TLS, refused URL).</source>
        <translation>hydrant-cli relay: mantener la única conexión que permite una cuenta y publicar cada mensaje en un flujo de NATS JetStream, desde el que cada miembro de un equipo lo lee en directo o desde cualquier punto que el flujo conserve (&apos;hydrant-cli stream --service nats&apos;).

Cada mensaje se almacena una sola vez: su id es su Nats-Msg-Id, así que JetStream descarta lo que un retransmisor reiniciado o el backfill de un proveedor vuelvan a enviar dentro de la ventana de duplicados del flujo (5 minutos). El cursor de reanudación (el seq_id de Firestream, la secuencia del firehose) viaja con cada mensaje almacenado, así que un retransmisor iniciado de nuevo - en cualquier máquina - continúa tras el último mensaje que contiene el flujo.

La contraseña del flujo se obtiene de --password-stdin; si no, de la variable de entorno HYDRANT_PASSWORD, y si no, del almacén de secretos del sistema para --profile; nunca de la línea de comandos.

Códigos de salida: 0 fin normal (duración o Ctrl+C), 1 error de uso, 2 error de autenticación (HTTP 401, o NATS ha rechazado el nombre de usuario o la contraseña), 3 otro error grave (NATS inaccesible, JetStream ha rechazado los mensajes, 406, TLS, URL rechazada).</translation>
    </message>
</context>
<context>
    <name>RelaySettings</name>
    <message>
        <source>No NATS server is given.</source>
        <translation>No se ha indicado ningún servidor NATS.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a JetStream stream name (letters, digits, &apos;-&apos; and &apos;_&apos;).</source>
        <translation>&apos;%1&apos; no es un nombre de flujo de JetStream válido (letras, dígitos, &apos;-&apos; y &apos;_&apos;).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a subject prefix (words of letters, digits, &apos;-&apos; and &apos;_&apos; separated by dots).</source>
        <translation>&apos;%1&apos; no es un prefijo de asunto válido (palabras de letras, dígitos, &apos;-&apos; y &apos;_&apos; separadas por puntos).</translation>
    </message>
    <message>
        <source>The stream must keep messages at least as long as its duplicate window (5 minutes).</source>
        <translation>El flujo debe conservar los mensajes al menos tanto tiempo como su ventana de duplicados (5 minutos).</translation>
    </message>
    <message>
        <source>%1 is not encrypted: the NATS password is only sent over tls:// (or to this computer).</source>
        <translation>%1 no está cifrado: la contraseña de NATS solo se envía a través de tls:// (o a este equipo).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a NATS server URL (nats://HOST:PORT or tls://HOST:PORT, without a user name or password).</source>
        <translation>&apos;%1&apos; no es una URL de servidor NATS válida (nats://HOST:PORT o tls://HOST:PORT, sin nombre de usuario ni contraseña).</translation>
    </message>
</context>
<context>
    <name>RelayStartDialog</name>
    <message>
        <source>Connect to %1</source>
        <translation>Conectar a %1</translation>
    </message>
    <message>
        <source>Where should the feed start?</source>
        <translation>¿Dónde debe empezar el feed?</translation>
    </message>
    <message>
        <source>&amp;Live only (from now)</source>
        <translation>Solo en &amp;directo (desde ahora)</translation>
    </message>
    <message>
        <source>The last &amp;N minutes:</source>
        <translation>Los últimos &amp;N minutos:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Since a time:</source>
        <translation>Desde una &amp;hora:</translation>
    </message>
    <message>
        <source>&amp;Everything the stream keeps</source>
        <translation>&amp;Todo lo que guarda el flujo</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
</context>
<context>
    <name>RelayStreamCommand</name>
    <message>
        <source>Read a team relay&apos;s stream from NATS JetStream.</source>
        <translation>Leer el flujo del retransmisor de un equipo desde NATS JetStream.</translation>
    </message>
    <message>
        <source>nats: read a team relay&apos;s stream.</source>
        <translation>nats: leer el flujo del retransmisor de un equipo.</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICIO</translation>
    </message>
    <message>
        <source>The NATS servers, comma-separated: nats://HOST:PORT or tls://HOST:PORT.</source>
        <translation>Los servidores NATS, separados por comas: nats://HOST:PORT o tls://HOST:PORT.</translation>
    </message>
    <message>
        <source>URLS</source>
        <translation>URLS</translation>
    </message>
    <message>
        <source>The JetStream stream&apos;s name (default HYDRANT).</source>
        <translation>El nombre del flujo de JetStream (valor predeterminado: HYDRANT).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>The relay&apos;s subject prefix (default hydrant).</source>
        <translation>El prefijo de asunto del retransmisor (valor predeterminado: hydrant).</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PREFIJO</translation>
    </message>
    <message>
        <source>Where to start: new (default: what arrives from now on), all (everything the stream keeps), a span back from now (30m, 1h, 2d) or a time (2024-03-11T09:00Z).</source>
        <translation>Dónde empezar: new (valor predeterminado: lo que llegue a partir de ahora), all (todo lo que conserva el flujo), un periodo hacia atrás desde ahora (30m, 1h, 2d) o una hora (2024-03-11T09:00Z).</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>CUÁNDO</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file for tls:// servers (default: the system&apos;s).</source>
        <translation>Confiar en los certificados de CA de este archivo PEM para los servidores tls:// (valor predeterminado: los del sistema).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Stop after S seconds.</source>
        <translation>Detenerse tras S segundos.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Stop after N messages.</source>
        <translation>Detenerse tras N mensajes.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Write each message&apos;s JSON line to standard output.</source>
        <translation>Escribir la línea JSON de cada mensaje en la salida estándar.</translation>
    </message>
    <message>
        <source>At the end, print a JSON summary object to standard output.</source>
        <translation>Al final, escribir un objeto JSON de resumen en la salida estándar.</translation>
    </message>
    <message>
        <source>Seconds between status lines on standard error (default 5, 0 = none).</source>
        <translation>Segundos entre líneas de estado en la salida de error estándar (valor predeterminado: 5; 0 = ninguna).</translation>
    </message>
    <message>
        <source>Give the NATS servers with --url nats://HOST:PORT[,...].</source>
        <translation>Indique los servidores NATS con --url nats://HOST:PORT[,...].</translation>
    </message>
    <message>
        <source>%1 messages · %2/s · sequence %3 · %4</source>
        <translation>%1 mensajes · %2/s · secuencia %3 · %4</translation>
    </message>
    <message>
        <source>NATS: reconnecting</source>
        <translation>NATS: reconectando</translation>
    </message>
    <message>
        <source>NATS: %1</source>
        <translation>NATS: %1</translation>
    </message>
    <message>
        <source>hydrant-cli stream --service nats: read the stream a team relay (&apos;hydrant-cli relay&apos;) keeps in NATS JetStream, in order, each message once. When a server of the cluster goes away, reading continues on another one after the last message received.

Exit codes: 0 normal end (duration, message count or Ctrl+C), 1 usage error, 2 authentication failed (NATS refused the user name or password), 3 other fatal error (NATS unreachable, TLS, no such stream).</source>
        <translation>hydrant-cli stream --service nats: leer el flujo que un retransmisor de equipo (&apos;hydrant-cli relay&apos;) conserva en NATS JetStream, en orden y cada mensaje una sola vez. Cuando un servidor del clúster deja de estar disponible, la lectura continúa en otro tras el último mensaje recibido.

Códigos de salida: 0 fin normal (duración, número de mensajes o Ctrl+C), 1 error de uso, 2 error de autenticación (NATS ha rechazado el nombre de usuario o la contraseña), 3 otro error grave (NATS inaccesible, TLS, el flujo no existe).</translation>
    </message>
</context>
<context>
    <name>ResumeState</name>
    <message>
        <source>Cannot read the state file %1: %2</source>
        <translation>No se puede leer el archivo de estado %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a stream state file of Hydrant.</source>
        <translation>%1 no es un archivo de estado de flujo de Hydrant.</translation>
    </message>
    <message>
        <source>Cannot write the state file %1: %2</source>
        <translation>No se puede escribir en el archivo de estado %1: %2</translation>
    </message>
    <message>
        <source>The saved position (item %1, saved %2) is older than the service keeps (%3 hours): the items since then cannot be fetched; continuing from the live position.</source>
        <translation>La posición guardada (elemento %1, guardada el %2) es más antigua de lo que conserva el servicio (%3 horas): los elementos posteriores no se pueden obtener; se continúa desde la posición en directo.</translation>
    </message>
</context>
<context>
    <name>Screenshotter</name>
    <message>
        <source>Could not write %1</source>
        <translation>No se ha podido escribir en %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No secret store is available (%1), so the password is kept in memory for this run only and must be entered again next time. To save it, run a Secret Service such as GNOME Keyring or KWallet in your session.</source>
        <translation>No hay ningún almacén de secretos disponible (%1), así que la contraseña se conserva en memoria solo durante esta sesión y habrá que volver a introducirla la próxima vez. Para guardarla, ejecute en su sesión un servicio Secret Service como GNOME Keyring o KWallet.</translation>
    </message>
    <message>
        <source>The secret store did not give access (%1), so the password is kept in memory for this run only. If you dismissed its prompt or the keyring is locked, unlock it and save the password again.</source>
        <translation>El almacén de secretos no dio acceso (%1), así que la contraseña se guarda en memoria solo durante esta ejecución. Si cerró su solicitud o el llavero está bloqueado, desbloquéelo y vuelva a guardar la contraseña.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Search by action, key or page</source>
        <translation>Buscar por acción, tecla o página</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>A file&apos;s shortcuts are listed while a file is open in the Files page.</source>
        <translation>Los atajos de un archivo se muestran mientras hay un archivo abierto en la página Archivos.</translation>
    </message>
</context>
<context>
    <name>SimCertificates</name>
    <message>
        <source>The openssl command is needed to create test certificates: %1</source>
        <translation>Se necesita el comando openssl para crear certificados de prueba: %1</translation>
    </message>
    <message>
        <source>openssl %1 failed: %2</source>
        <translation>openssl %1 ha fallado: %2</translation>
    </message>
    <message>
        <source>The CA certificate could not be read.</source>
        <translation>No se ha podido leer el certificado de la CA.</translation>
    </message>
    <message>
        <source>Could not read the certificate “%1” or the key “%2”.</source>
        <translation>No se han podido leer el certificado “%1” o la clave “%2”.</translation>
    </message>
</context>
<context>
    <name>SimCommand</name>
    <message>
        <source>Run the endpoint simulator for both services.</source>
        <translation>Ejecutar el simulador de puntos de conexión de ambos servicios.</translation>
    </message>
    <message>
        <source>Serve HTTPS with a certificate made for this run by openssl (its CA file is printed).</source>
        <translation>Servir HTTPS con un certificado creado para esta ejecución con openssl (se muestra su archivo de CA).</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate.</source>
        <translation>Servir HTTPS con este certificado PEM.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>The PEM private key of --tls-cert.</source>
        <translation>La clave privada PEM de --tls-cert.</translation>
    </message>
    <message>
        <source>Messages per second, or &apos;max&apos; for as fast as the client reads (default 20; 0: heartbeats only).</source>
        <translation>Mensajes por segundo, o &apos;max&apos; para enviarlos tan rápido como lea el cliente (valor predeterminado: 20; 0: solo latidos).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seconds between heartbeats (default 10).</source>
        <translation>Segundos entre latidos (valor predeterminado: 10).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Inject a fault; repeatable. Syntax: %1.</source>
        <translation>Inyectar un fallo; se puede repetir. Sintaxis: %1.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>especificación</translation>
    </message>
    <message>
        <source>Port of the stream and backups listener; the storage origin takes the next one (default: free ports).</source>
        <translation>Puerto en el que escuchan el flujo y las copias de seguridad; el origen de almacenamiento usa el siguiente (valor predeterminado: puertos libres).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>Print one JSON object (stream_url, backups_url, storage_url, user, password, ca_file) as the first line.</source>
        <translation>Mostrar un objeto JSON (stream_url, backups_url, storage_url, user, password, ca_file) como primera línea.</translation>
    </message>
    <message>
        <source>Seed of all synthetic content (default 1).</source>
        <translation>Semilla de todo el contenido sintético (valor predeterminado: 1).</translation>
    </message>
    <message>
        <source>Pad stream messages to about this many bytes (default: natural size).</source>
        <translation>Rellenar los mensajes del flujo hasta aproximadamente este número de bytes (valor predeterminado: tamaño natural).</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>Message shape: stocktwits, wrapped, activitystreams, twitter or mixed.</source>
        <translation>Forma de los mensajes: stocktwits, wrapped, activitystreams, twitter o mixed.</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>forma</translation>
    </message>
    <message>
        <source>Compressed size of each day&apos;s backup file, with k, M or G (default 2M).</source>
        <translation>Tamaño comprimido del archivo de copia de seguridad de cada día, con k, M o G (valor predeterminado: 2M).</translation>
    </message>
    <message>
        <source>How the stream is gzipped: deflate (zlib per connection, the default) or precompressed (cheapest for the simulator, ratio 1.3:1).</source>
        <translation>Cómo se comprime el flujo con gzip: deflate (zlib por conexión, el valor predeterminado) o precompressed (lo más económico para el simulador, relación 1,3:1).</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modo</translation>
    </message>
    <message>
        <source>Write backup files as several gzip members.</source>
        <translation>Escribir los archivos de copia de seguridad como varios miembros gzip.</translation>
    </message>
    <message>
        <source>The account&apos;s user name (default demo@example.com).</source>
        <translation>El nombre de usuario de la cuenta (valor predeterminado: demo@example.com).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>hydrant-cli sim: run the local simulator of the stream and backup services until interrupted.
The password is random for each run unless HYDRANT_SIM_PASSWORD is set.</source>
        <translation>hydrant-cli sim: ejecutar el simulador local de los servicios de flujo y de copias de seguridad hasta que se interrumpa.
La contraseña es aleatoria en cada ejecución, salvo que se defina HYDRANT_SIM_PASSWORD.</translation>
    </message>
    <message>
        <source>--shape takes stocktwits, wrapped, activitystreams, twitter or mixed.</source>
        <translation>--shape acepta stocktwits, wrapped, activitystreams, twitter o mixed.</translation>
    </message>
    <message>
        <source>--file-size takes a size such as 512k, 20M or 2G.</source>
        <translation>--file-size acepta un tamaño como 512k, 20M o 2G.</translation>
    </message>
    <message>
        <source>--stream-encoding takes auto, deflate or precompressed.</source>
        <translation>--stream-encoding acepta auto, deflate o precompressed.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert y --tls-key deben usarse juntas.</translation>
    </message>
    <message>
        <source>The simulator could not start: %1</source>
        <translation>No se ha podido iniciar el simulador: %1</translation>
    </message>
    <message>
        <source>Stream URL:       %1</source>
        <translation>URL del flujo:                   %1</translation>
    </message>
    <message>
        <source>Backups base URL: %1  (e.g. %2)</source>
        <translation>URL base de copias de seguridad: %1  (p. ej. %2)</translation>
    </message>
    <message>
        <source>User:             %1</source>
        <translation>Usuario:                         %1</translation>
    </message>
    <message>
        <source>Password:         %1</source>
        <translation>Contraseña:                      %1</translation>
    </message>
    <message>
        <source>CA certificate:   %1</source>
        <translation>Certificado de CA:               %1</translation>
    </message>
    <message>
        <source>Serving until interrupted (Ctrl+C).</source>
        <translation>Sirviendo hasta que se interrumpa (Ctrl+C).</translation>
    </message>
    <message>
        <source>Stopped after %1 s: %2 messages sent (%3 per second) on %4 stream connections, %5 requests answered.</source>
        <translation>Detenido tras %1 s: %2 mensajes enviados (%3 por segundo) en %4 conexiones de flujo, %5 solicitudes respondidas.</translation>
    </message>
    <message>
        <source>--rate takes a number of messages per second up to 10000000, or &apos;max&apos;.</source>
        <translation>--rate acepta un número de mensajes por segundo de hasta 10000000, o &apos;max&apos;.</translation>
    </message>
</context>
<context>
    <name>SimFault</name>
    <message>
        <source>Unknown service “%1” in fault “%2”: use stream, backups or storage.</source>
        <translation>Servicio desconocido “%1” en el fallo “%2”: use stream, backups o storage.</translation>
    </message>
    <message>
        <source>Unknown fault “%1”.</source>
        <translation>Fallo desconocido “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not an amount (a whole number, optionally with k, M or G).</source>
        <translation>“%1” no es una cantidad (un número entero, opcionalmente con k, M o G).</translation>
    </message>
    <message>
        <source>“%1” is not understood in fault “%2”: use times=N.</source>
        <translation>No se entiende “%1” en el fallo “%2”: use times=N.</translation>
    </message>
    <message>
        <source>[stream:|backups:|storage:]KIND[=AMOUNT][,times=N] with KIND one of %1</source>
        <translation>[stream:|backups:|storage:]TIPO[=CANTIDAD][,times=N], donde TIPO es uno de: %1</translation>
    </message>
</context>
<context>
    <name>StreamCommand</name>
    <message>
        <source>%1 messages</source>
        <translation>%1 mensajes</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 reconnects</source>
        <translation>%1 reconexiones</translation>
    </message>
    <message>
        <source>%1 duplicates dropped</source>
        <translation>%1 duplicados descartados</translation>
    </message>
    <message>
        <source>%1 malformed</source>
        <translation>%1 mal formados</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 recibidos</translation>
    </message>
    <message>
        <source>Connect to a realtime stream, print or record it.</source>
        <translation>Conectarse a un flujo en tiempo real y mostrarlo o grabarlo.</translation>
    </message>
    <message>
        <source>The stream URL.</source>
        <translation>La URL del flujo.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The user name (e-mail address).</source>
        <translation>El nombre de usuario (dirección de correo electrónico).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <source>Use a saved stream account (see &apos;hydrant-cli account&apos;); --url and --user override it.</source>
        <translation>Usar una cuenta de flujo guardada (consulte &apos;hydrant-cli account&apos;); --url y --user tienen prioridad sobre ella.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Leer la contraseña de la primera línea de la entrada estándar.</translation>
    </message>
    <message>
        <source>Record the messages to DIR/{label}_{yyyy}_{mm}_{dd}.jsonl.gz.</source>
        <translation>Grabar los mensajes en DIR/{label}_{yyyy}_{mm}_{dd}.jsonl.gz.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Stop after S seconds.</source>
        <translation>Detenerse tras S segundos.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Stop after N messages.</source>
        <translation>Detenerse tras N mensajes.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Reconnect when no byte arrives for S seconds (default 30).</source>
        <translation>Reconectar cuando no llega ningún byte durante S segundos (valor predeterminado: 30).</translation>
    </message>
    <message>
        <source>Write each message&apos;s JSON line to standard output.</source>
        <translation>Escribir la línea JSON de cada mensaje en la salida estándar.</translation>
    </message>
    <message>
        <source>At the end, print a JSON summary object to standard output.</source>
        <translation>Al final, escribir un objeto JSON de resumen en la salida estándar.</translation>
    </message>
    <message>
        <source>Seconds between status lines on standard error (default 5, 0 = none).</source>
        <translation>Segundos entre líneas de estado en la salida de error estándar (valor predeterminado: 5; 0 = ninguna).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (as %1 does).</source>
        <translation>Confiar también en los certificados de CA de este archivo PEM (como hace %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>hydrant-cli stream: connect to a realtime stream with Hydrant&apos;s stream client (gzip, reconnects with backoff, duplicate dropping), print or record it.

The password comes from --password-stdin, else the HYDRANT_PASSWORD environment variable, else the OS secret store for --profile. It is never taken from the command line.

Exit codes: 0 normal end (duration, message count or Ctrl+C), 1 usage error, 2 authentication failed (HTTP 401), 3 other fatal error (406, TLS, refused URL, recording failed).</source>
        <translation>hydrant-cli stream: conectarse a un flujo en tiempo real con el cliente de flujo de Hydrant (gzip, reconexiones con espera progresiva, descarte de duplicados) y mostrarlo o grabarlo.

La contraseña se obtiene de --password-stdin; si no, de la variable de entorno HYDRANT_PASSWORD, y si no, del almacén de secretos del sistema para --profile. Nunca se toma de la línea de comandos.

Códigos de salida: 0 fin normal (duración, número de mensajes o Ctrl+C), 1 error de uso, 2 error de autenticación (HTTP 401), 3 otro error grave (406, TLS, URL rechazada, error de grabación).</translation>
    </message>
    <message>
        <source>There is no stream account named &apos;%1&apos; (see &apos;hydrant-cli account list&apos;).</source>
        <translation>No existe ninguna cuenta de flujo llamada &apos;%1&apos; (consulte &apos;hydrant-cli account list&apos;).</translation>
    </message>
    <message>
        <source>Give --url and --user, or --profile NAME.</source>
        <translation>Indique --url y --user, o --profile NOMBRE.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 too long, dropped</source>
        <translation>%1 líneas demasiado largas descartadas</translation>
    </message>
    <message>
        <source>Drop stream lines longer than N bytes, counting them (default: the Preferences setting, %1).</source>
        <translation>Descartar las líneas del flujo de más de N bytes y contarlas (valor predeterminado: el ajuste de Preferencias, %1).</translation>
    </message>
    <message>
        <source>The stream&apos;s protocol: gnip (default; \r\n lines), firestream (StockTwits Firestream, server-sent events, resumes with seq_id) or stocktwits-firehose (the older StockTwits firehose, resumes with last_sequence_id or last_message_id).</source>
        <translation>El protocolo del flujo: gnip (valor predeterminado; líneas \r\n), firestream (StockTwits Firestream, server-sent events, se reanuda con seq_id) o stocktwits-firehose (el firehose antiguo de StockTwits, se reanuda con last_sequence_id o last_message_id).</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICIO</translation>
    </message>
    <message>
        <source>Keep the resume position in FILE: saved after each item is recorded or printed; a run started again within the service&apos;s replay window (Firestream: 24 hours) continues after the last item saved. A gap that cannot be fetched is reported.</source>
        <translation>Guardar la posición de reanudación en ARCHIVO: se guarda después de grabar o mostrar cada elemento; una ejecución iniciada de nuevo dentro de la ventana de repetición del servicio (Firestream: 24 horas) continúa tras el último elemento guardado. Se informa de cualquier hueco que no se pueda obtener.</translation>
    </message>
    <message>
        <source>--service must be one of: %1.</source>
        <translation>--service debe ser uno de: %1.</translation>
    </message>
    <message>
        <source>%1 has no resume position: --state keeps nothing (the stream&apos;s own backfill and duplicate dropping apply).</source>
        <translation>%1 no tiene posición de reanudación: --state no guarda nada (se aplican el backfill y el descarte de duplicados propios del flujo).</translation>
    </message>
    <message>
        <source>The state file %1 belongs to another stream (%2, %3): give another --state file.</source>
        <translation>El archivo de estado %1 pertenece a otro flujo (%2, %3): indique otro archivo con --state.</translation>
    </message>
    <message>
        <source>This Hydrant was built without NATS: it cannot read a team relay.</source>
        <translation>Esta compilación de Hydrant no incluye NATS: no puede leer un retransmisor de equipo.</translation>
    </message>
    <message>
        <source>A team relay&apos;s stream in NATS JetStream is read with --service nats (see &apos;hydrant-cli stream --service nats --help&apos;).</source>
        <translation>El flujo de un retransmisor de equipo en NATS JetStream se lee con --service nats (consulte &apos;hydrant-cli stream --service nats --help&apos;).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a team relay account: read it with --service nats --url %2 --stream %3.</source>
        <translation>&apos;%1&apos; es una cuenta de relé de equipo: léala con --service nats --url %2 --stream %3.</translation>
    </message>
</context>
<context>
    <name>StreamProfile</name>
    <message>
        <source>The account needs a name.</source>
        <translation>La cuenta necesita un nombre.</translation>
    </message>
    <message>
        <source>The stream URL still contains %1: fill in that field or paste the URL from the dashboard.</source>
        <translation>La URL del flujo aún contiene %1: rellene ese campo o pegue la URL desde el panel.</translation>
    </message>
    <message>
        <source>Enter the user name (the e-mail address you sign in with).</source>
        <translation>Introduzca el nombre de usuario (la dirección de correo electrónico con la que inicia sesión).</translation>
    </message>
    <message>
        <source>Backfill covers at most 5 minutes.</source>
        <translation>Backfill cubre como máximo 5 minutos.</translation>
    </message>
</context>
<context>
    <name>StreamServiceKind</name>
    <message>
        <source>Gnip firehose</source>
        <translation>Firehose de Gnip</translation>
    </message>
    <message>
        <source>StockTwits Firestream</source>
        <translation>StockTwits Firestream</translation>
    </message>
    <message>
        <source>StockTwits firehose (older)</source>
        <translation>Firehose de StockTwits (antiguo)</translation>
    </message>
    <message>
        <source>Team relay (NATS)</source>
        <translation>Relé de equipo (NATS)</translation>
    </message>
</context>
<context>
    <name>TableFollower</name>
    <message>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Keep the newest lines in view while the file grows; scrolling up stops following</source>
        <translation>Mantener a la vista las líneas más recientes mientras el archivo crece; al desplazarse hacia arriba se deja de seguir</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>No se puede leer el archivo de CA %1: %2</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>El archivo %1 no contiene ningún certificado PEM.</translation>
    </message>
</context>
<context>
    <name>VersionInfo</name>
    <message>
        <source>built in (zip, tar, 7z, xz, bzip2, zstd)</source>
        <translation>incluido (zip, tar, 7z, xz, bzip2, zstd)</translation>
    </message>
    <message>
        <source>not built in (gzip and plain JSON lines only)</source>
        <translation>no incluido (solo gzip y líneas JSON sin comprimir)</translation>
    </message>
    <message>
        <source>Hydrant %1
Qt %2 (built with %3)
KArchive: %4</source>
        <translation>Hydrant %1
Qt %2 (compilado con %3)
KArchive: %4</translation>
    </message>
    <message>
        <source>ISA-L: not built in (zlib inflates gzip files)</source>
        <translation>ISA-L: no incluido (zlib descomprime los archivos gzip)</translation>
    </message>
    <message>
        <source>NATS: not built in (no team relay)</source>
        <translation>NATS: no incluido (sin retransmisor de equipo)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: hydrant-cli COMMAND [options]

The headless side of Hydrant: stream, download, inspect archives, manage accounts and run the simulator.

Commands:
</source>
        <translation>Uso: hydrant-cli COMANDO [opciones]

La parte sin interfaz gráfica de Hydrant: recibir flujos, descargar, inspeccionar archivos, gestionar cuentas y ejecutar el simulador.

Comandos:
</translation>
    </message>
    <message>
        <source>
Run &apos;hydrant-cli COMMAND --help&apos; for the options of a command.
Exit codes: 0 success, 1 usage error, 2 authentication failed, 3 other failure.
Passwords are read from --password-stdin or the HYDRANT_PASSWORD environment variable, or from the OS secret store for a saved account; never from the command line.</source>
        <translation>
Ejecute &apos;hydrant-cli COMANDO --help&apos; para ver las opciones de un comando.
Códigos de salida: 0 éxito, 1 error de uso, 2 error de autenticación, 3 otro error.
Las contraseñas se leen de --password-stdin o de la variable de entorno HYDRANT_PASSWORD, o del almacén de secretos del sistema para una cuenta guardada; nunca de la línea de comandos.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Comando desconocido &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Hydrant: watch realtime social-data streams, download their daily backups and explore the archives.</source>
        <translation>Hydrant: siga flujos de datos sociales en tiempo real, descargue sus copias de seguridad diarias y explore los archivos.</translation>
    </message>
    <message>
        <source>Show version information.</source>
        <translation>Mostrar la información de la versión.</translation>
    </message>
    <message>
        <source>Run against the built-in simulator with demo credentials.</source>
        <translation>Ejecutar con el simulador integrado y credenciales de demostración.</translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit.</source>
        <translation>Guardar una imagen de la ventana en un archivo PNG y salir.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>Page to show: live, backups or files.</source>
        <translation>Página que mostrar: live, backups o files.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>página</translation>
    </message>
    <message>
        <source>Seconds to wait before the screenshot (default 1.5).</source>
        <translation>Segundos de espera antes de la captura de pantalla (valor predeterminado: 1.5).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Unknown page &apos;%1&apos;: use live, backups or files.</source>
        <translation>Página desconocida &apos;%1&apos;: use live, backups o files.</translation>
    </message>
    <message>
        <source>--after needs a number of seconds.</source>
        <translation>--after requiere un número de segundos.</translation>
    </message>
    <message>
        <source>This Hydrant was built without NATS: it has no team relay.</source>
        <translation>Esta compilación de Hydrant no incluye NATS: no tiene retransmisor de equipo.</translation>
    </message>
    <message>
        <source>Archives to open in the Files page; several files or a folder open as one dataset.</source>
        <translation>Archivos que se abrirán en la página Archivos; varios archivos o una carpeta se abren como un solo conjunto de datos.</translation>
    </message>
</context>
</TS>
