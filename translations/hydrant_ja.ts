<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Hydrant</source>
        <translation>Hydrant について</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Hydrant %1&lt;/h2&gt;&lt;p&gt;Watch realtime social-data streams, download their daily backups and explore the archives.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Hydrant %1&lt;/h2&gt;&lt;p&gt;リアルタイムのソーシャルデータストリームを監視し、その日次バックアップをダウンロードして、アーカイブを調べることができます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Hydrant is free software, released under the MIT licence.&lt;/p&gt;&lt;p&gt;It is built on these libraries:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hydrant は MIT ライセンスで公開されているフリーソフトウェアです。&lt;/p&gt;&lt;p&gt;次のライブラリを使用しています:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Qt %1&lt;/b&gt; — LGPL 3.0 (Qt Charts: GPL 3.0)&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Qt %1&lt;/b&gt; — LGPL 3.0（Qt Charts: GPL 3.0）&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;zlib&lt;/b&gt; — zlib licence&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;zlib&lt;/b&gt; — zlib ライセンス&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;simdjson&lt;/b&gt; — Apache 2.0 or MIT&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;simdjson&lt;/b&gt; — Apache 2.0 または MIT&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;QtKeychain&lt;/b&gt; — BSD 3-Clause&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;QtKeychain&lt;/b&gt; — BSD 3 条項ライセンス&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;KArchive&lt;/b&gt; (KDE Frameworks 6) — LGPL 2.0 or later&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;KArchive&lt;/b&gt;（KDE Frameworks 6）— LGPL 2.0 以降&lt;/li&gt;</translation>
    </message>
</context>
<context>
    <name>AccountCommand</name>
    <message>
        <source>Manage accounts: add, list, remove, test.</source>
        <translation>アカウントを管理します（add、list、remove、test）。</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <source>add: the stream URL (may contain {ACCOUNT_NAME}, {DATA_SOURCE}, {STREAM_LABEL}) or the backups base URL.</source>
        <translation>add: ストリームの URL（{ACCOUNT_NAME}、{DATA_SOURCE}、{STREAM_LABEL} を含めることができます）またはバックアップのベース URL。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>add: the user name (an e-mail address).</source>
        <translation>add: ユーザー名（メールアドレス）。</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>add: fills {ACCOUNT_NAME}.</source>
        <translation>add: {ACCOUNT_NAME} に入る値。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>add: fills {DATA_SOURCE}.</source>
        <translation>add: {DATA_SOURCE} に入る値。</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>add: fills {STREAM_LABEL}.</source>
        <translation>add: {STREAM_LABEL} に入る値。</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <source>add: client=N for Backfill streams.</source>
        <translation>add: Backfill 付きストリームの client=N。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>add: backfillMinutes=N (1–5).</source>
        <translation>add: backfillMinutes=N（1–5）。</translation>
    </message>
    <message>
        <source>add: partition=N.</source>
        <translation>add: partition=N。</translation>
    </message>
    <message>
        <source>TYPES</source>
        <translation>TYPES</translation>
    </message>
    <message>
        <source>add: read the password from the first line of standard input.</source>
        <translation>add: パスワードを標準入力の 1 行目から読み取ります。</translation>
    </message>
    <message>
        <source>add: make it the account the application uses for the service.</source>
        <translation>add: このアカウントを、アプリケーションがそのサービスで使用するアカウントにします。</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: JSON で出力します。</translation>
    </message>
    <message>
        <source>add, list, remove or test.</source>
        <translation>add、list、remove、test のいずれか。</translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>アカウントの名前。</translation>
    </message>
    <message>
        <source>hydrant-cli account: manage the stream and backup accounts the application uses.

  add NAME --url URL --user USER [--password-stdin]   save or update an account
  list [--json]                                       show the accounts (never passwords)
  remove NAME                                         delete an account and its password
  test NAME                                           make one real request with it

Passwords are stored in the OS secret store. They are read from --password-stdin or the HYDRANT_PASSWORD environment variable; there is deliberately no --password option, as command lines are visible to other users.

Exit codes: 0 success, 1 usage error, 2 authentication failed (test), 3 other failure.</source>
        <translation>hydrant-cli account: アプリケーションが使用するストリームとバックアップのアカウントを管理します。

  add NAME --url URL --user USER [--password-stdin]   アカウントを保存または更新します
  list [--json]                                       アカウントを表示します（パスワードは表示しません）
  remove NAME                                         アカウントとそのパスワードを削除します
  test NAME                                           そのアカウントで実際のリクエストを 1 回送信します

パスワードは OS の資格情報ストアに保存されます。パスワードは --password-stdin または環境変数 HYDRANT_PASSWORD から読み取ります。コマンドラインは他のユーザーからも見えるため、--password オプションはあえて用意していません。

終了コード: 0 成功、1 使用法の誤り、2 認証失敗（test）、3 その他の失敗。</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with &apos;hydrant-cli account add NAME --url URL --user USER --password-stdin&apos;.</source>
        <translation>アカウントはまだありません。「hydrant-cli account add NAME --url URL --user USER --password-stdin」で追加してください。</translation>
    </message>
    <message>
        <source>Usage: hydrant-cli account add|remove|test NAME [options], or hydrant-cli account list.</source>
        <translation>使用法: hydrant-cli account add|remove|test NAME [オプション]、または hydrant-cli account list。</translation>
    </message>
    <message>
        <source>Both a stream and a backups account are named &apos;%1&apos;: add --service.</source>
        <translation>ストリームとバックアップの両方に「%1」という名前のアカウントがあります。--service を指定してください。</translation>
    </message>
    <message>
        <source>There is no account named &apos;%1&apos;.</source>
        <translation>「%1」という名前のアカウントはありません。</translation>
    </message>
    <message>
        <source>Removed the account &apos;%1&apos; and its password.</source>
        <translation>アカウント「%1」とそのパスワードを削除しました。</translation>
    </message>
    <message>
        <source>Saved the account &apos;%1&apos; without a password (give one with --password-stdin or HYDRANT_PASSWORD).</source>
        <translation>アカウント「%1」をパスワードなしで保存しました（パスワードは --password-stdin または HYDRANT_PASSWORD で指定してください）。</translation>
    </message>
    <message>
        <source>Saved the account &apos;%1&apos;; the password is in the OS secret store.</source>
        <translation>アカウント「%1」を保存しました。パスワードは OS の資格情報ストアにあります。</translation>
    </message>
    <message>
        <source>Saved the account &apos;%1&apos;, but not its password: %2</source>
        <translation>アカウント「%1」を保存しましたが、パスワードは保存されていません: %2</translation>
    </message>
    <message>
        <source>Saved the account &apos;%1&apos;, but the secret store refused the password: %2</source>
        <translation>アカウント「%1」を保存しましたが、資格情報ストアがパスワードを拒否しました: %2</translation>
    </message>
    <message>
        <source>[NAME]</source>
        <translation>[NAME]</translation>
    </message>
    <message>
        <source>stream (default) or backups; for a stream account also its protocol: gnip (the default), firestream or stocktwits-firehose.</source>
        <translation>stream（既定）または backups。ストリームアカウントの場合はプロトコルも指定します: gnip（既定）、firestream、stocktwits-firehose のいずれか。</translation>
    </message>
    <message>
        <source>add: backup file types, comma-separated (default %1).</source>
        <translation>add: バックアップのファイルの種類（カンマ区切り、既定: %1）。</translation>
    </message>
    <message>
        <source>--service must be stream, backups, gnip, firestream or stocktwits-firehose.</source>
        <translation>--service には stream、backups、gnip、firestream、stocktwits-firehose のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>A team relay account is added in the window (Settings → Accounts…); scripts read a relay with &apos;hydrant-cli stream --service nats&apos;.</source>
        <translation>チームリレーのアカウントはウィンドウで追加します（設定 → アカウント…）。スクリプトからは &apos;hydrant-cli stream --service nats&apos; でリレーを読み取ります。</translation>
    </message>
    <message>
        <source>add: the symbol backups&apos; metrics your dashboard lists, comma-separated (default none; &apos;&apos; clears them).</source>
        <translation>add: ダッシュボードにある銘柄バックアップのメトリック（カンマ区切り、既定: なし、&apos;&apos; で消去）。</translation>
    </message>
    <message>
        <source>METRICS</source>
        <translation>METRICS</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>There is no stream account named “%1”.</source>
        <translation>「%1」という名前のストリームアカウントはありません。</translation>
    </message>
    <message>
        <source>No password is saved for this account.</source>
        <translation>このアカウントにはパスワードが保存されていません。</translation>
    </message>
    <message>
        <source>There is no backup account named “%1”.</source>
        <translation>「%1」という名前のバックアップアカウントはありません。</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>ストリーム</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Backup account “%1”: the file type “messages” was changed to “message”, the name the backup service documents.</source>
        <translation>バックアップアカウント「%1」: ファイルの種類「messages」を、バックアップサービスのドキュメントに記載されている名前「message」に変更しました。</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>not sent</source>
        <translation>送信しない</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Stream account</source>
        <translation>ストリームアカウント</translation>
    </message>
    <message>
        <source>Backups account</source>
        <translation>バックアップアカウント</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Add a stream account (the realtime firehose) or a backups account (the daily archives) with Add.</source>
        <translation>「追加」から、ストリームアカウント（リアルタイムのファイアホース）またはバックアップアカウント（日次アーカイブ）を追加してください。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>Makes one real request with these settings and reports the answer.</source>
        <translation>この設定で実際のリクエストを 1 回送信し、その応答を表示します。</translation>
    </message>
    <message>
        <source>Paste the stream URL from the provider&apos;s dashboard. {ACCOUNT_NAME}, {DATA_SOURCE} and {STREAM_LABEL} are filled from the fields below.</source>
        <translation>プロバイダーのダッシュボードからストリームの URL を貼り付けてください。{ACCOUNT_NAME}、{DATA_SOURCE}、{STREAM_LABEL} には下のフィールドの値が入ります。</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>挿入</translation>
    </message>
    <message>
        <source>Insert a placeholder at the cursor</source>
        <translation>カーソル位置にプレースホルダーを挿入します</translation>
    </message>
    <message>
        <source>Reset to the standard firehose URL</source>
        <translation>標準のファイアホース URL に戻します</translation>
    </message>
    <message>
        <source>client=N, for streams bought with Backfill</source>
        <translation>client=N（Backfill 付きで購入したストリーム用）</translation>
    </message>
    <message>
        <source>backfillMinutes=N (1–5), for newer products</source>
        <translation>backfillMinutes=N（1–5、新しい製品用）</translation>
    </message>
    <message>
        <source>partition=N, for partitioned streams</source>
        <translation>partition=N（パーティション分割されたストリーム用）</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>kept in the OS secret store</source>
        <translation>OS の資格情報ストアに保管されます</translation>
    </message>
    <message>
        <source>Use this account for the Live page</source>
        <translation>このアカウントをライブページで使用する</translation>
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
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Stream URL:</source>
        <translation>ストリーム URL:</translation>
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
        <translation>パラメーター:</translation>
    </message>
    <message>
        <source>Connects to:</source>
        <translation>接続先:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>The service&apos;s base URL; /backups/{type}/{yyyy}/{mm}/{dd} is appended.</source>
        <translation>サービスのベース URL です。末尾に /backups/{type}/{yyyy}/{mm}/{dd} が付加されます。</translation>
    </message>
    <message>
        <source>The file types your account may download, separated by commas.</source>
        <translation>このアカウントでダウンロードできるファイルの種類（カンマ区切り）。</translation>
    </message>
    <message>
        <source>Use this account for the Backups page</source>
        <translation>このアカウントをバックアップページで使用する</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>ベース URL(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;File types:</source>
        <translation>ファイルの種類(&amp;F):</translation>
    </message>
    <message>
        <source> (in use)</source>
        <translation> (使用中)</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>ストリーム</translation>
    </message>
    <message>
        <source>Stream %1</source>
        <translation>ストリーム %1</translation>
    </message>
    <message>
        <source>Fill in the account, then press Save.</source>
        <translation>アカウント情報を入力して「保存」を押してください。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Backups %1</source>
        <translation>バックアップ %1</translation>
    </message>
    <message>
        <source>There is already a stream account named “%1”.</source>
        <translation>「%1」という名前のストリームアカウントは既にあります。</translation>
    </message>
    <message>
        <source>There is already a backups account named “%1”.</source>
        <translation>「%1」という名前のバックアップアカウントは既にあります。</translation>
    </message>
    <message>
        <source>Saved; the password is in the OS secret store.</source>
        <translation>保存しました。パスワードは OS の資格情報ストアにあります。</translation>
    </message>
    <message>
        <source>Saved; the password is kept for this run only.</source>
        <translation>保存しました。パスワードはこの実行中のみ保持されます。</translation>
    </message>
    <message>
        <source>Saved, but the secret store refused the password.</source>
        <translation>保存しましたが、資格情報ストアがパスワードを拒否しました。</translation>
    </message>
    <message>
        <source>Saved (no password given).</source>
        <translation>保存しました（パスワードは指定されていません）。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>残す</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Remove the stream account “%1” and its saved password?</source>
        <translation>ストリームアカウント「%1」と保存されたパスワードを削除しますか?</translation>
    </message>
    <message>
        <source>Remove the backups account “%1” and its saved password?</source>
        <translation>バックアップアカウント「%1」と保存されたパスワードを削除しますか?</translation>
    </message>
    <message>
        <source>Removed “%1”. Undo is possible until this dialog closes.</source>
        <translation>「%1」を削除しました。このダイアログを閉じるまでは元に戻せます。</translation>
    </message>
    <message>
        <source>The form has changes that are not saved. Press Save to keep them, or Escape again to close without them.</source>
        <translation>フォームに保存されていない変更があります。変更を残すには「保存」を、破棄して閉じるにはもう一度 Esc キーを押してください。</translation>
    </message>
    <message>
        <source>The protocol the stream speaks: how its body is framed and how a reconnect resumes.</source>
        <translation>ストリームのプロトコル: 本文の区切り方と、再接続時の再開方法を決めます。</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>サービス(&amp;V):</translation>
    </message>
    <message>
        <source>Team relay account (NATS)</source>
        <translation>チームリレーのアカウント（NATS）</translation>
    </message>
    <message>
        <source>nats://relay1:4222, tls://relay2:4222</source>
        <translation>nats://relay1:4222, tls://relay2:4222</translation>
    </message>
    <message>
        <source>The NATS servers of the team relay, separated by commas: nats://HOST:PORT or tls://HOST:PORT.</source>
        <translation>チームリレーの NATS サーバー（カンマ区切り）: nats://HOST:PORT または tls://HOST:PORT。</translation>
    </message>
    <message>
        <source>The JetStream stream the relay writes (default HYDRANT).</source>
        <translation>リレーが書き込む JetStream ストリーム（既定は HYDRANT）。</translation>
    </message>
    <message>
        <source>The relay&apos;s subject prefix (default hydrant).</source>
        <translation>リレーのサブジェクトのプレフィックス（既定: hydrant）。</translation>
    </message>
    <message>
        <source>NATS &amp;servers:</source>
        <translation>NATS サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>JetStream s&amp;tream:</source>
        <translation>JetStream ストリーム(&amp;T):</translation>
    </message>
    <message>
        <source>Su&amp;bject prefix:</source>
        <translation>サブジェクトの接頭辞(&amp;B):</translation>
    </message>
    <message>
        <source>optional: the NATS user</source>
        <translation>省略可: NATS ユーザー</translation>
    </message>
    <message>
        <source>Team relay</source>
        <translation>チームリレー</translation>
    </message>
    <message>
        <source>Team relay %1</source>
        <translation>チームリレー %1</translation>
    </message>
    <message>
        <source>Enter the team relay&apos;s NATS servers, then press Save.</source>
        <translation>チームリレーの NATS サーバーを入力して、保存を押してください。</translation>
    </message>
    <message>
        <source>The symbol backups&apos; metrics your dashboard lists (for example trending), separated by commas; empty for none.</source>
        <translation>ダッシュボードにある銘柄バックアップのメトリック（例: trending、カンマ区切り）。空欄ならなし。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Symbol &amp;metrics:</source>
        <translation>銘柄のメトリック(&amp;M):</translation>
    </message>
</context>
<context>
    <name>ArchiveAccess</name>
    <message>
        <source>This file is %1. Opening it needs the KArchive library (KDE Frameworks 6), which this build of Hydrant does not include. Use a build made with KArchive (for example on Debian 13: install libkf6archive-dev and configure with -DHYDRANT_WITH_KARCHIVE=ON), or convert the file to .jsonl.gz.</source>
        <translation>このファイルは %1 です。開くには KArchive ライブラリ（KDE Frameworks 6）が必要ですが、このビルドの Hydrant には含まれていません。KArchive 付きでビルドされた Hydrant を使用するか（例: Debian 13 では libkf6archive-dev をインストールし、-DHYDRANT_WITH_KARCHIVE=ON を指定して configure します）、ファイルを .jsonl.gz に変換してください。</translation>
    </message>
    <message>
        <source>Cannot read the archive: %1</source>
        <translation>アーカイブを読み取れません: %1</translation>
    </message>
    <message>
        <source>unsupported format</source>
        <translation>未対応の形式</translation>
    </message>
    <message>
        <source>The archive member name &quot;%1&quot; is not safe (absolute or leading outside the archive); it is not opened.</source>
        <translation>アーカイブ内のファイル名「%1」は安全ではない（絶対パスであるか、アーカイブの外を指している）ため、開きません。</translation>
    </message>
    <message>
        <source>The archive has no file named &quot;%1&quot;.</source>
        <translation>アーカイブに「%1」という名前のファイルはありません。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot; from the archive.</source>
        <translation>アーカイブから「%1」を読み取れません。</translation>
    </message>
    <message>
        <source>This file is zstd-compressed, but the KArchive library this build uses was made without zstd support. Decompress it first (zstd -d FILE) or use a KArchive built with zstd.</source>
        <translation>このファイルは zstd で圧縮されていますが、このビルドが使用している KArchive ライブラリは zstd に対応せずにビルドされています。先に展開する（zstd -d FILE）か、zstd 対応でビルドされた KArchive を使用してください。</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>ファイルを読み取れません: %1</translation>
    </message>
    <message>
        <source>KArchive cannot decompress %1.</source>
        <translation>KArchive では %1 を展開できません。</translation>
    </message>
</context>
<context>
    <name>ArchiveMemberPicker</name>
    <message>
        <source>This archive holds several files. Choose the one to open:</source>
        <translation>このアーカイブには複数のファイルが含まれています。開くファイルを選択してください:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>This name could lead outside the archive; it is not opened.</source>
        <translation>この名前はアーカイブの外を指す可能性があるため、開きません。</translation>
    </message>
</context>
<context>
    <name>BackupCatalogue</name>
    <message>
        <source>%1 cannot be deleted: %2</source>
        <translation>%1 を削除できません: %2</translation>
    </message>
</context>
<context>
    <name>BackupDayStatus</name>
    <message>
        <source>Not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Partly on disk</source>
        <translation>一部保存済み</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <source>Queued or downloading</source>
        <translation>待機中またはダウンロード中</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>利用不可</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>In the future</source>
        <translation>未来の日付</translation>
    </message>
</context>
<context>
    <name>BackupNaming</name>
    <message>
        <source>The file type is empty.</source>
        <translation>ファイルの種類が空です。</translation>
    </message>
    <message>
        <source>“%1” is not a valid file type: use a lower-case letter followed by up to 63 lower-case letters, digits, “_” or “-”.</source>
        <translation>「%1」は有効なファイルの種類ではありません。英小文字 1 文字に続けて、英小文字、数字、「_」、「-」を 63 文字まで使用できます。</translation>
    </message>
    <message>
        <source>The date is not a real calendar day.</source>
        <translation>存在しない日付です。</translation>
    </message>
    <message>
        <source>The year must have four digits.</source>
        <translation>年は 4 桁で指定してください。</translation>
    </message>
    <message>
        <source>%1 is in the future: no backup exists for it yet.</source>
        <translation>%1 は未来の日付のため、バックアップはまだありません。</translation>
    </message>
    <message>
        <source>The symbol backup metric is empty.</source>
        <translation>銘柄バックアップのメトリックが空です。</translation>
    </message>
    <message>
        <source>“%1” is not a valid symbol backup metric: use a letter or digit followed by up to 63 letters, digits, “_” or “-”.</source>
        <translation>「%1」は有効な銘柄バックアップのメトリックではありません。英字または数字 1 文字に続けて、英字、数字、「_」、「-」を 63 文字まで使用できます。</translation>
    </message>
    <message>
        <source>“%1” is not a valid file type: names beginning with “symbols_” are the symbol backups&apos;: give the metric as a symbol metric.</source>
        <translation>「%1」は有効なファイルの種類ではありません。「symbols_」で始まる名前は銘柄バックアップ用です。メトリックは銘柄のメトリックとして指定してください。</translation>
    </message>
</context>
<context>
    <name>BackupProfile</name>
    <message>
        <source>The account needs a name.</source>
        <translation>アカウントの名前を入力してください。</translation>
    </message>
    <message>
        <source>List at least one file type (for example activity).</source>
        <translation>ファイルの種類を 1 つ以上指定してください（例: activity）。</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>ユーザー名を入力してください。</translation>
    </message>
</context>
<context>
    <name>BackupResolver</name>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>%1 への安全な接続に失敗しました: %2</translation>
    </message>
    <message>
        <source>The backup service at %1 could not be reached: %2</source>
        <translation>%1 のバックアップサービスに接続できませんでした: %2</translation>
    </message>
    <message>
        <source>The backup service answered %1 without a download link.</source>
        <translation>バックアップサービスの応答 %1 にダウンロードリンクが含まれていません。</translation>
    </message>
    <message>
        <source>The download link was not followed. %1</source>
        <translation>ダウンロードリンクをたどりませんでした。%1</translation>
    </message>
    <message>
        <source>The backup service answered with a download link of %1, longer than the %2 Hydrant accepts; it was not followed.</source>
        <translation>バックアップサービスが返したダウンロードリンクの長さは %1 で、Hydrant が受け付ける %2 を超えているため、たどりませんでした。</translation>
    </message>
    <message>
        <source>The backup service answered with %1 of headers, more than the %2 Hydrant accepts; the answer was not used.</source>
        <translation>バックアップサービスの応答のヘッダーが %1 あり、Hydrant が受け付ける %2 を超えているため、この応答は使用しませんでした。</translation>
    </message>
    <message>
        <source>The backup service sent an answer longer than %1; it was not read to the end.</source>
        <translation>バックアップサービスの応答が %1 を超えているため、最後までは読み取りませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>The backup service at %1 accepted the request but did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 のバックアップサービスはリクエストを受け付けましたが、%n 秒以内に応答しませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup service at %1 could not be reached within %n second(s).</source>
        <translation>
            <numerusform>%n 秒以内に %1 のバックアップサービスに接続できませんでした。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Daily backups</source>
        <translation>日次バックアップ</translation>
    </message>
    <message>
        <source>&amp;Download Selected Days</source>
        <translation>選択した日をダウンロード(&amp;D)</translation>
    </message>
    <message>
        <source>Queue every selected file type for every selected day</source>
        <translation>選択したすべての日について、選択したすべてのファイルの種類をキューに追加します</translation>
    </message>
    <message>
        <source>&amp;Pause All</source>
        <translation>すべて一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Resume All</source>
        <translation>すべて再開(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>完了した項目を消去(&amp;L)</translation>
    </message>
    <message>
        <source>Enter &amp;Password…</source>
        <translation>パスワードを入力(&amp;P)…</translation>
    </message>
    <message>
        <source>File types</source>
        <translation>ファイルの種類</translation>
    </message>
    <message>
        <source>Select &amp;Month</source>
        <translation>月全体を選択(&amp;M)</translation>
    </message>
    <message>
        <source>Select every day of the month on show (up to today)</source>
        <translation>表示中の月のすべての日を選択します（今日まで）</translation>
    </message>
    <message>
        <source>&amp;Download Selected</source>
        <translation>選択した日をダウンロード(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>変更(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the folder downloads are saved in</source>
        <translation>ダウンロードの保存先フォルダーを選択します</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>保存先:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Download queue&lt;/b&gt;</source>
        <translation>&lt;b&gt;ダウンロードキュー&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Select days on the calendar (click, shift-click or drag, or “Select Month”) and press “Download Selected”.</source>
        <translation>カレンダーで日を選択し（クリック、Shift+クリック、ドラッグ、または「月全体を選択」）、「選択した日をダウンロード」を押してください。</translation>
    </message>
    <message>
        <source>Save Backups In</source>
        <translation>バックアップの保存先</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 を選択中</translation>
    </message>
    <message>
        <source>%1 – %2 selected</source>
        <translation>%1 – %2 を選択中</translation>
    </message>
    <message numerus="yes">
        <source>(%n file(s))</source>
        <translation>
            <numerusform>（%n 個のファイル）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) queued.</source>
        <translation>
            <numerusform>%n 個のファイルをキューに追加しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already on disk.</source>
        <translation>
            <numerusform>%n 個は既にディスク上にあります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the queue.</source>
        <translation>
            <numerusform>%n 個は既にキューにあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Paused: the service needs the password.</source>
        <translation>一時停止中: サービスにパスワードが必要です。</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>実行中 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>待機中 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>一時停止中 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>完了 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not available</source>
        <translation>
            <numerusform>利用不可 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>失敗 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete File</source>
        <translation>ファイルの削除</translation>
    </message>
    <message>
        <source>Delete %1 from the disk? It can be downloaded again later.</source>
        <translation>%1 をディスクから削除しますか? 後で再度ダウンロードできます。</translation>
    </message>
    <message>
        <source>Open in Files Page</source>
        <translation>ファイルページで開く</translation>
    </message>
    <message>
        <source>Show in File Manager</source>
        <translation>ファイルマネージャーで表示</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Delete File…</source>
        <translation>ファイルを削除…</translation>
    </message>
    <message>
        <source>Remove from Queue</source>
        <translation>キューから削除</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>これまでに %1</translation>
    </message>
    <message>
        <source>Retry the selected downloads, or every failed one when none is selected</source>
        <translation>選択したダウンロードを再試行します。何も選択していない場合は、失敗したすべてのダウンロードを再試行します</translation>
    </message>
    <message>
        <source>Stop the selected downloads and delete what they downloaded</source>
        <translation>選択したダウンロードを停止し、ダウンロード済みのデータを削除します</translation>
    </message>
    <message>
        <source>&amp;Hide Not Available</source>
        <translation>利用不可を非表示(&amp;H)</translation>
    </message>
    <message>
        <source>Hide the days the service has no file for from the queue</source>
        <translation>サービスにファイルがない日をキューから非表示にします</translation>
    </message>
    <message>
        <source>Cancel Downloads</source>
        <translation>ダウンロードのキャンセル</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n download(s) and delete the %1 already downloaded?</source>
        <translation>
            <numerusform>%n 件のダウンロードをキャンセルし、ダウンロード済みの %1 を削除しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause keeps what was downloaded, to carry on later.</source>
        <translation>一時停止すると、ダウンロード済みのデータを残して後で続行できます。</translation>
    </message>
    <message>
        <source>Cancel and Delete</source>
        <translation>キャンセルして削除</translation>
    </message>
    <message>
        <source>Keep Downloading</source>
        <translation>ダウンロードを続ける</translation>
    </message>
    <message>
        <source>Nothing to retry: select a download, or wait for one to fail.</source>
        <translation>再試行するものがありません。ダウンロードを選択するか、ダウンロードが失敗するまでお待ちください。</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n failed download(s).</source>
        <translation>
            <numerusform>失敗した %n 件のダウンロードを再試行しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup service is set up yet. Add a backup account under Settings → Accounts… (base URL, user name and file types), or try the calendar and downloads in the demo (or start Hydrant with %1): it runs against a built-in simulator, no account needed.</source>
        <extracomment>%1 is the command hydrant --demo</extracomment>
        <translation>バックアップサービスがまだ設定されていません。「設定」→「アカウント…」でバックアップアカウント（ベース URL、ユーザー名、ファイルの種類）を追加するか、デモでカレンダーとダウンロードを試してください（または %1 で Hydrant を起動します）。デモは内蔵シミュレーターに接続して動作するため、アカウントは不要です。</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>デモを試す</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下へ移動(&amp;W)</translation>
    </message>
    <message>
        <source>Move to &amp;Top</source>
        <translation>先頭へ移動(&amp;T)</translation>
    </message>
    <message>
        <source>Move to &amp;Bottom</source>
        <translation>末尾へ移動(&amp;B)</translation>
    </message>
    <message>
        <source>Download the selected days sooner</source>
        <translation>選択した日のダウンロード順を繰り上げます</translation>
    </message>
    <message>
        <source>Download the selected days later</source>
        <translation>選択した日のダウンロード順を繰り下げます</translation>
    </message>
    <message>
        <source>&amp;Open Selected Days</source>
        <translation>選択した日を開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the downloaded files of the selected days in the Files page, as one dataset</source>
        <translation>選択した日のダウンロード済みファイルを、1 つのデータセットとしてファイルページで開きます</translation>
    </message>
    <message>
        <source>&amp;Open Selected</source>
        <translation>選択した日を開く(&amp;O)</translation>
    </message>
    <message>
        <source>None of the selected days is downloaded yet.</source>
        <translation>選択した日はまだどれもダウンロードされていません。</translation>
    </message>
    <message>
        <source>No file manager could show %1: open the folder %2 yourself.</source>
        <translation>%1 を表示できるファイルマネージャーがありません。フォルダー %2 を手動で開いてください。</translation>
    </message>
</context>
<context>
    <name>BookmarkMenu</name>
    <message>
        <source>Bookmark</source>
        <translation>ブックマークの切り替え</translation>
    </message>
    <message>
        <source>Bookmark the selected line, or remove its bookmark</source>
        <translation>選択した行をブックマークに追加、またはブックマークを解除します</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>ブックマーク</translation>
    </message>
    <message>
        <source>Bookmark the selected line, or go to a bookmarked line</source>
        <translation>選択した行をブックマークに追加するか、ブックマークした行に移動します</translation>
    </message>
    <message>
        <source>No bookmarks yet (Ctrl+B bookmarks the selected line)</source>
        <translation>ブックマークはまだありません（Ctrl+B で選択した行をブックマークできます）</translation>
    </message>
    <message>
        <source>Remove All Bookmarks</source>
        <translation>すべてのブックマークを削除</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Run &apos;%1 --help&apos; for the options.</source>
        <translation>オプションについては「%1 --help」を実行してください。</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not “%4”.</source>
        <translation>--%1 には「%4」ではなく、%2 ～ %3 の整数を指定してください。</translation>
    </message>
    <message>
        <source>--%1 needs a number from %2 to %3, not “%4”.</source>
        <translation>--%1 には「%4」ではなく、%2 ～ %3 の数値を指定してください。</translation>
    </message>
    <message>
        <source>No password: use --password-stdin, set HYDRANT_PASSWORD, or save one with &apos;hydrant-cli account add&apos;.</source>
        <translation>パスワードがありません。--password-stdin を使用するか、HYDRANT_PASSWORD を設定するか、「hydrant-cli account add」で保存してください。</translation>
    </message>
    <message>
        <source>Standard input (-) is read alone, not with other files.</source>
        <translation>標準入力 (-) は単独で読み込みます。ほかのファイルと一緒には指定できません。</translation>
    </message>
    <message>
        <source>Cannot save standard input to %1: %2</source>
        <translation>標準入力を %1 に保存できません: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionLog</name>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Server info</source>
        <translation>サーバー情報</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>サーバーエラー</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Copy log</source>
        <translation>ログをコピー</translation>
    </message>
</context>
<context>
    <name>ConnectionStatusBar</name>
    <message>
        <source>Messages per second over the last second</source>
        <translation>直近 1 秒間の 1 秒あたりのメッセージ数</translation>
    </message>
    <message>
        <source>Time since the last byte (data or heartbeat); 30 s without one is a stall</source>
        <translation>最後のバイト（データまたはハートビート）を受信してからの経過時間。30 秒間受信がなければ停滞とみなします</translation>
    </message>
    <message>
        <source>Activities dropped because their id was already seen (backfill after a reconnect)</source>
        <translation>ID が受信済みのため破棄したアクティビティ（再接続後のバックフィル）</translation>
    </message>
    <message>
        <source>Connection attempts after the first</source>
        <translation>初回以降の接続試行回数</translation>
    </message>
    <message>
        <source>retrying in %1 s</source>
        <translation>%1 秒後に再試行</translation>
    </message>
    <message>
        <source>%1

The server said: %2</source>
        <translation>%1

サーバーの応答: %2</translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 件/秒</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>データ未受信</translation>
    </message>
    <message>
        <source>last byte %1 s ago</source>
        <translation>最終受信 %1 秒前</translation>
    </message>
    <message>
        <source>duplicates: %1</source>
        <translation>重複: %1</translation>
    </message>
    <message>
        <source>reconnects: %1</source>
        <translation>再接続: %1</translation>
    </message>
    <message>
        <source>● REC %1 · %2</source>
        <translation>● 記録中 %1 · %2</translation>
    </message>
    <message>
        <source>Recording to %1 — %2 messages on disk. Click to open it in the Files page.</source>
        <translation>%1 に記録中 — %2 件のメッセージをディスクに書き込みました。クリックするとファイルページで開きます。</translation>
    </message>
    <message>
        <source>Lines longer than the “Longest line” preference, dropped from the stream</source>
        <translation>環境設定の「最大行長」を超えたため、ストリームから破棄した行</translation>
    </message>
    <message numerus="yes">
        <source>%n too long</source>
        <comment>lines dropped for exceeding the length limit</comment>
        <translation>
            <numerusform>長すぎる行 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>● REC stopped</source>
        <translation>● 記録停止</translation>
    </message>
    <message>
        <source>● REC stopped: %1</source>
        <translation>● 記録停止: %1</translation>
    </message>
    <message>
        <source>Resume position: %1. A reconnect or a new start continues after this item.</source>
        <translation>再開位置: %1。再接続時や新たに開始したときは、このアイテムの後から続行します。</translation>
    </message>
    <message>
        <source>seq %1 · gap after %2</source>
        <comment>resume cursor; the service could not continue</comment>
        <translation>seq %1 · %2 の後に欠落</translation>
    </message>
    <message>
        <source>The service could not continue after item %1: the items after it are missing.</source>
        <translation>サービスはアイテム %1 の後から続行できませんでした。それ以降のアイテムは欠落しています。</translation>
    </message>
    <message>
        <source>resumed from seq %1</source>
        <comment>resume cursor</comment>
        <translation>seq %1 から再開</translation>
    </message>
    <message>
        <source>seq %1 · resumed from %2</source>
        <comment>resume cursor</comment>
        <translation>seq %1 · %2 から再開</translation>
    </message>
    <message>
        <source>This connection continued after item %1: nothing was lost or repeated.</source>
        <translation>この接続はアイテム %1 の後から続行しました。欠落や重複はありません。</translation>
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
        <translation>先にユーザー名とパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Hydrant already made %1 connection requests for this account in the last minute, the most the service allows. Try again in %2 s.</source>
        <translation>Hydrant はこのアカウントで直近 1 分間に %1 回の接続リクエストを行いました。これはサービスが許可する上限です。%2 秒後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s.</source>
        <translation>%2 秒以内に %1 から応答がありませんでした。</translation>
    </message>
    <message>
        <source>Connected: %1 accepted the credentials and started the stream.</source>
        <translation>接続しました: %1 が認証情報を受け入れ、ストリームを開始しました。</translation>
    </message>
    <message>
        <source>TLS error: the secure connection to %1 failed (%2).</source>
        <translation>TLS エラー: %1 への安全な接続に失敗しました（%2）。</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>ネットワークエラー: %1</translation>
    </message>
    <message>
        <source>Connected: %1 accepted the credentials and offered yesterday&apos;s file.</source>
        <translation>接続しました: %1 が認証情報を受け入れ、昨日のファイルを提供しました。</translation>
    </message>
    <message>
        <source>Connected: %1 accepted the credentials (there is no file for yesterday).</source>
        <translation>接続しました: %1 が認証情報を受け入れました（昨日のファイルはありません）。</translation>
    </message>
    <message>
        <source>Bad credentials: %1</source>
        <translation>認証情報が正しくありません: %1</translation>
    </message>
    <message>
        <source>Compression refused: %1</source>
        <translation>圧縮が拒否されました: %1</translation>
    </message>
    <message>
        <source>Rate limited: %1 Wait a minute and try again.</source>
        <translation>レート制限: %1 1 分ほど待ってから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>Not indexed: opening the dataset was cancelled.</source>
        <translation>インデックス未作成: データセットを開く操作が取り消されました。</translation>
    </message>
    <message>
        <source>There is no .gz, .jsonl or .ndjson file in %1.</source>
        <translation>%1 に .gz、.jsonl、.ndjson ファイルがありません。</translation>
    </message>
</context>
<context>
    <name>DatasetModel</name>
    <message>
        <source>%1, line %2</source>
        <extracomment>Where a row of a dataset comes from: a file&apos;s name and the line in it.</extracomment>
        <translation>%1、%2 行目</translation>
    </message>
</context>
<context>
    <name>DatasetView</name>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <extracomment>The title of a tab showing several files read as one dataset.</extracomment>
        <translation>
            <numerusform>%n 個のファイル</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to Row…</source>
        <translation>指定行へ移動…</translation>
    </message>
    <message>
        <source>Go to a row by its number, counted across the files</source>
        <translation>すべてのファイルを通して数えた行番号を指定して移動します</translation>
    </message>
    <message>
        <source>Go to Time…</source>
        <translation>指定時刻へ移動…</translation>
    </message>
    <message>
        <source>Go to the first message at or after a time</source>
        <translation>指定した時刻以降の最初のメッセージに移動します</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Write search results or selected rows of every file to one .jsonl.gz or CSV file</source>
        <translation>すべてのファイルの検索結果または選択した行を、1 つの .jsonl.gz または CSV ファイルに書き出します</translation>
    </message>
    <message>
        <source>Go To</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Go to a row by its number, or to a time</source>
        <translation>行番号または時刻を指定して移動します</translation>
    </message>
    <message>
        <source>Stop indexing</source>
        <translation>インデックス作成を停止</translation>
    </message>
    <message>
        <source>Stop indexing the files; the files indexed so far are shown, the others are not</source>
        <translation>ファイルのインデックス作成を停止します。それまでにインデックスを作成したファイルは表示され、残りのファイルは表示されません</translation>
    </message>
    <message>
        <source>Export %p%</source>
        <translation>エクスポート %p%</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>エクスポートをキャンセル</translation>
    </message>
    <message numerus="yes">
        <source>Indexing %1 of %n file(s)…</source>
        <extracomment>While the files of a dataset are indexed: &quot;Indexing 3 of 30 files…&quot;.</extracomment>
        <translation>
            <numerusform>ファイル %n 個中 %1 個のインデックスを作成中…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the index cache</source>
        <translation>
            <numerusform>インデックスキャッシュから %n 個</numerusform>
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
            <numerusform>ほかに %n 個のファイルに問題があります（ここにポインターを合わせると一覧を表示します）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 · %2 · %3</source>
        <extracomment>The selected row of a dataset: its number, its file and line, its size.</extracomment>
        <translation>%1 行目 · %2 · %3</translation>
    </message>
    <message>
        <source>Go to Row</source>
        <translation>指定行へ移動</translation>
    </message>
    <message>
        <source>Row (1 to %1):</source>
        <translation>行（1 ～ %1）:</translation>
    </message>
    <message>
        <source>Go to Time</source>
        <translation>指定時刻へ移動</translation>
    </message>
    <message>
        <source>The messages of these files carry no time stamps.</source>
        <translation>これらのファイルのメッセージにはタイムスタンプがありません。</translation>
    </message>
    <message>
        <source>No message is that late.</source>
        <translation>その時刻以降のメッセージはありません。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>A bookmark of a dataset: its row, then the start of its text.</extracomment>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source> · bookmarked</source>
        <translation> · ブックマーク済み</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <extracomment>The days a dataset covers and their time zone: &quot;11/1/24 to 11/30/24 (UTC)&quot;.</extracomment>
        <translation>%1 ～ %2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%1* (%n file(s))</source>
        <extracomment>The title of a tab showing several files whose names begin alike, read as one dataset: &quot;stocktwits_message_2024_01_* (3 files)&quot;.</extracomment>
        <translation>
            <numerusform>%1*（%n 個のファイル）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>Demo (built-in simulator)</source>
        <translation>デモ（内蔵シミュレーター）</translation>
    </message>
    <message>
        <source>Demo Firestream (built-in simulator)</source>
        <translation>デモ Firestream（内蔵シミュレーター）</translation>
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
        <translation>期間を指定して日次バックアップアーカイブをダウンロードします。</translation>
    </message>
    <message>
        <source>Base URL of the backup service, e.g. https://firestream.stocktwits.com.</source>
        <translation>バックアップサービスのベース URL（例: https://firestream.stocktwits.com）。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>ユーザー名。</translation>
    </message>
    <message>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <source>Use a saved backup account (see &apos;hydrant-cli account&apos;); its password comes from the OS secret store.</source>
        <translation>保存済みのバックアップアカウントを使用します（「hydrant-cli account」を参照）。パスワードは OS の資格情報ストアから取得します。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>types</source>
        <translation>types</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD).</source>
        <translation>開始日（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD; default: the first day).</source>
        <translation>終了日（YYYY-MM-DD、既定: 開始日）。</translation>
    </message>
    <message>
        <source>Folder to save the files in.</source>
        <translation>ファイルの保存先フォルダー。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Files downloaded at the same time (default %1).</source>
        <translation>同時にダウンロードするファイル数（既定: %1）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Print the summary as one JSON object on stdout.</source>
        <translation>概要を 1 つの JSON オブジェクトとして標準出力に出力します。</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>パスワードを標準入力から読み取ります。</translation>
    </message>
    <message>
        <source>--type needs at least one file type.</source>
        <translation>--type にはファイルの種類を 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>--from is required (YYYY-MM-DD).</source>
        <translation>--from は必須です（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>--from: “%1” is not a date of the form YYYY-MM-DD.</source>
        <translation>--from: 「%1」は YYYY-MM-DD 形式の日付ではありません。</translation>
    </message>
    <message>
        <source>--to: “%1” is not a date of the form YYYY-MM-DD.</source>
        <translation>--to: 「%1」は YYYY-MM-DD 形式の日付ではありません。</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to が --from より前の日付です。</translation>
    </message>
    <message>
        <source>--out is required: the folder to save the files in.</source>
        <translation>--out は必須です（ファイルの保存先フォルダー）。</translation>
    </message>
    <message>
        <source>Give --base-url and --user, or --profile.</source>
        <translation>--base-url と --user、または --profile を指定してください。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation>認証に失敗しました: %1</translation>
    </message>
    <message>
        <source>done           %1 (%2)</source>
        <translation>完了           %1 (%2)</translation>
    </message>
    <message>
        <source>not available  %1</source>
        <translation>利用不可       %1</translation>
    </message>
    <message>
        <source>failed         %1: %2</source>
        <translation>失敗           %1: %2</translation>
    </message>
    <message>
        <source>summary        %1 done, %2 skipped, %3 not available, %4 failed, %5 downloaded</source>
        <translation>概要           完了 %1、スキップ %2、利用不可 %3、失敗 %4、ダウンロード済み %5</translation>
    </message>
    <message>
        <source>File types, comma-separated (default: activity,message).</source>
        <translation>ファイルの種類（カンマ区切り、既定: activity,message）。</translation>
    </message>
    <message>
        <source>Symbol backups (/symbols/backups/NAME/...) of these metrics, comma-separated or repeated; the names are the ones on your dashboard. Without --type, only these are downloaded.</source>
        <translation>これらのメトリックの銘柄バックアップ（/symbols/backups/NAME/...）。カンマ区切りで指定するか、複数回指定します。名前はダッシュボードに表示されるものです。--type を指定しない場合は、これらのみをダウンロードします。</translation>
    </message>
    <message>
        <source>hydrant-cli download: download the daily backup archives of a date range.

Each (type, day) is saved as stocktwits_TYPE_YYYY_MM_DD.gz in --out, written to a .part file first, verified (every gzip member&apos;s CRC32 and length) and only then renamed. An interrupted run resumes where it stopped when started again; days already on disk are skipped.

The password is read from the HYDRANT_PASSWORD environment variable or --password-stdin (never from the command line), or from the secret store with --profile.

Exit codes: 0 every day done, skipped or not available; 1 usage error; 2 authentication failed; 3 some days failed, or a file type was found on none of the days (a wrong type name).</source>
        <translation>hydrant-cli download: 期間を指定して日次バックアップアーカイブをダウンロードします。

種類と日の組み合わせごとに、--out に stocktwits_TYPE_YYYY_MM_DD.gz として保存します。まず .part ファイルに書き込み、検証（すべての gzip メンバーの CRC32 と長さ）してから名前を変更します。中断した実行は、再度開始すると中断した箇所から再開します。既にディスク上にある日はスキップします。

パスワードは環境変数 HYDRANT_PASSWORD または --password-stdin から（コマンドラインからは読み取りません）、あるいは --profile 指定時は資格情報ストアから読み取ります。

終了コード: 0 すべての日が完了、スキップ、または利用不可、1 使用法の誤り、2 認証失敗、3 一部の日が失敗、またはどの日にも見つからないファイルの種類があった（種類名の誤り）。</translation>
    </message>
    <message>
        <source>--symbols-metric needs at least one metric name.</source>
        <translation>--symbols-metric にはメトリック名を 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>Not downloaded: authentication failed (%1)</source>
        <translation>ダウンロードしていません: 認証に失敗しました（%1）</translation>
    </message>
    <message>
        <source>There is no backup account named “%1” (see &apos;hydrant-cli account list&apos;).</source>
        <translation>「%1」という名前のバックアップアカウントはありません（「hydrant-cli account list」を参照）。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to download, %1 already on disk, into %2</source>
        <translation>
            <numerusform>ダウンロードするファイル %n 個（%1 個は既にディスク上にあります）、保存先: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>progress       %1 of %n file(s) finished, %2 running, %3 received, %4/s</source>
        <translation>
            <numerusform>進行状況       %n 個のファイル中 %1 個完了、実行中 %2、受信 %3、%4/s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadItem</name>
    <message>
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Resolving</source>
        <translation>リンク取得中</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>検証中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>利用不可</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
</context>
<context>
    <name>DownloadNotifier</name>
    <message numerus="yes">
        <source>%n file(s) downloaded</source>
        <translation>
            <numerusform>ダウンロード完了 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>失敗 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not available</source>
        <translation>
            <numerusform>利用不可 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Hydrant</source>
        <translation>Hydrant</translation>
    </message>
    <message>
        <source>Downloads finished</source>
        <translation>ダウンロード完了</translation>
    </message>
</context>
<context>
    <name>DownloadQueue</name>
    <message>
        <source>Waiting for the password.</source>
        <translation>パスワードの入力を待っています。</translation>
    </message>
    <message>
        <source>Retrying now.</source>
        <translation>今すぐ再試行します。</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n second(s).</source>
        <translation>
            <numerusform>%n 秒後に再試行します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No “%1” file was found on any of the %n day(s) asked for: the file type “%1” does not seem to exist for this account. Check the list of file types on your dashboard (the documented types are “activity” and “message”).</source>
        <translation>
            <numerusform>指定した %n 日間のどの日にも「%1」のファイルが見つかりませんでした。このアカウントにはファイルの種類「%1」が存在しないようです。ダッシュボードでファイルの種類の一覧を確認してください（ドキュメントに記載されている種類は「activity」と「message」です）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The password of the backups account is needed to download.</source>
        <translation>ダウンロードにはバックアップアカウントのパスワードが必要です。</translation>
    </message>
    <message>
        <source>Gave up after %1 was received for this file of %2, more than Hydrant fetches for one file.</source>
        <translation>サイズ %2 のこのファイルについて %1 を受信し、Hydrant が 1 ファイルで取得する上限を超えたため、中止しました。</translation>
    </message>
    <message>
        <source>Gave up after %1 was received for this file of unknown size, more than Hydrant fetches for one file.</source>
        <translation>サイズ不明のこのファイルについて %1 を受信し、Hydrant が 1 ファイルで取得する上限を超えたため、中止しました。</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n tries.</source>
        <translation>
            <numerusform>%n 回試行しましたが、中止しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n failed tries in a row.</source>
        <translation>
            <numerusform>%n 回連続で失敗したため、中止しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadQueueModel</name>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds left</comment>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes left</comment>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
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
        <translation>保存されたダウンロードキューを読み取れません: %1</translation>
    </message>
    <message>
        <source>The saved download queue is damaged (%1); starting with an empty queue.</source>
        <translation>保存されたダウンロードキューが破損しています（%1）。空のキューで開始します。</translation>
    </message>
    <message>
        <source>The saved download queue comes from another version; starting with an empty queue.</source>
        <translation>保存されたダウンロードキューは別のバージョンのものです。空のキューで開始します。</translation>
    </message>
    <message>
        <source>The download queue cannot be saved to %1: %2</source>
        <translation>ダウンロードキューを %1 に保存できません: %2</translation>
    </message>
</context>
<context>
    <name>DownloadTask</name>
    <message>
        <source>Already on disk.</source>
        <translation>既にディスク上にあります。</translation>
    </message>
    <message>
        <source>The download folder %1 does not exist.</source>
        <translation>ダウンロードフォルダー %1 が存在しません。</translation>
    </message>
    <message>
        <source>Permission denied: Hydrant may not write into %1. Choose another download folder or change its permissions.</source>
        <translation>アクセスが拒否されました: Hydrant には %1 への書き込み権限がありません。別のダウンロードフォルダーを選択するか、フォルダーのアクセス許可を変更してください。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be written (%2). Free some space or choose another download folder; the download resumes where it stopped.</source>
        <translation>ディスクがいっぱいです: %1 に書き込めませんでした（%2）。空き容量を確保するか、別のダウンロードフォルダーを選択してください。ダウンロードは中断した箇所から再開します。</translation>
    </message>
    <message>
        <source>Permission denied while writing %1.</source>
        <translation>%1 の書き込み中にアクセスが拒否されました。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>The download from %1 was interrupted after %2: %3</source>
        <translation>%1 からのダウンロードが %2 の時点で中断されました: %3</translation>
    </message>
    <message>
        <source>The connection closed after %1 of %2.</source>
        <translation>%2 中 %1 の時点で接続が切断されました。</translation>
    </message>
    <message>
        <source>The storage redirected the download somewhere it cannot be followed. %1</source>
        <translation>ストレージが、たどることのできない場所へダウンロードをリダイレクトしました。%1</translation>
    </message>
    <message>
        <source>The download link keeps expiring (HTTP %1).</source>
        <translation>ダウンロードリンクの有効期限が繰り返し切れています（HTTP %1）。</translation>
    </message>
    <message>
        <source>The downloaded file failed verification and was deleted. %1</source>
        <translation>ダウンロードしたファイルは検証に失敗したため削除しました。%1</translation>
    </message>
    <message>
        <source>%1 cannot be renamed to %2: %3</source>
        <translation>%1 の名前を %2 に変更できません: %3</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: %2</source>
        <translation>フォルダー %1 を作成できません: %2</translation>
    </message>
    <message>
        <source>The storage host sent more than %1 without saying how long the file is; the download was stopped and its partial file deleted.</source>
        <translation>ストレージホストがファイルのサイズを示さずに %1 を超えるデータを送信しました。ダウンロードを停止し、途中までのファイルを削除しました。</translation>
    </message>
    <message>
        <source>The storage host answered with other bytes than the ones asked for; the download starts over from zero.</source>
        <translation>ストレージホストが要求と異なる範囲のバイトを返しました。ダウンロードを最初からやり直します。</translation>
    </message>
    <message>
        <source> The storage host ignored the request to resume, so the download started over from zero.</source>
        <translation> ストレージホストが再開の要求を無視したため、ダウンロードを最初からやり直しました。</translation>
    </message>
    <message>
        <source>The storage host refused to resume the download (HTTP 416); it starts over from zero.</source>
        <translation>ストレージホストがダウンロードの再開を拒否しました（HTTP 416）。最初からやり直します。</translation>
    </message>
</context>
<context>
    <name>EndpointPolicy</name>
    <message>
        <source>“%1” is not a valid web address.</source>
        <translation>「%1」は有効な Web アドレスではありません。</translation>
    </message>
    <message>
        <source>Addresses with a user name or password in them are refused; enter the credentials in the account instead.</source>
        <translation>ユーザー名やパスワードを含むアドレスは使用できません。認証情報はアカウントに入力してください。</translation>
    </message>
    <message>
        <source>Plain http:// is refused for %1: credentials and data must travel encrypted. Use https://.</source>
        <translation>%1 では暗号化されていない http:// は使用できません。認証情報とデータは暗号化して送信する必要があります。https:// を使用してください。</translation>
    </message>
    <message>
        <source>The scheme “%1” is not supported; use https://.</source>
        <translation>スキーム「%1」には対応していません。https:// を使用してください。</translation>
    </message>
    <message>
        <source>Plain http:// is refused for localhost here: on this computer the name does not lead to loopback addresses only. Use http://127.0.0.1 or https://.</source>
        <translation>ここでは localhost に対する暗号化されていない http:// は使用できません。このコンピューターでは、この名前がループバックアドレスのみに解決されるとは限りません。http://127.0.0.1 または https:// を使用してください。</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export the messages of saved files that match a query, as CSV or JSON lines.</source>
        <translation>保存済みのファイルから、クエリに一致するメッセージを CSV または JSON Lines としてエクスポートします。</translation>
    </message>
    <message>
        <source>Only messages that match QUERY (the query language of the Files search).</source>
        <translation>QUERY に一致するメッセージのみ（ファイルページの検索と同じクエリ言語）。</translation>
    </message>
    <message>
        <source>query</source>
        <translation>query</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>Write to FILE; - (the default) is standard output.</source>
        <translation>FILE に書き出します。-（既定）は標準出力です。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <source>--query: %1</source>
        <translation>--query: %1</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>標準出力に書き込めません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>%1 の書き込みに失敗しました: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 を保存できません: %2</translation>
    </message>
    <message>
        <source>Give at least one file or folder to export.</source>
        <translation>エクスポートするファイルまたはフォルダーを 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>csv, jsonl or jsonl.gz (default: from the output name, else jsonl).</source>
        <translation>csv、jsonl、jsonl.gz のいずれか（既定: 出力ファイル名から判断し、判断できない場合は jsonl）。</translation>
    </message>
    <message>
        <source>CSV columns, comma-separated: %1 (the default), %2.</source>
        <translation>CSV の列（カンマ区切り）: %1（既定）、%2。</translation>
    </message>
    <message>
        <source>hydrant-cli export FILE... [--query Q] [--format csv|jsonl|jsonl.gz] [--columns …] [-o OUT]: the messages that match, times in ISO 8601 UTC, symbols without $, text decoded.</source>
        <translation>hydrant-cli export FILE... [--query Q] [--format csv|jsonl|jsonl.gz] [--columns …] [-o OUT]: 一致するメッセージを出力します。時刻は ISO 8601 UTC、銘柄は $ なし、本文はデコード済みです。</translation>
    </message>
    <message>
        <source>--format is csv, jsonl or jsonl.gz, not “%1”.</source>
        <translation>--format には「%1」ではなく、csv、jsonl、jsonl.gz のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>The .jsonl.gz or .jsonl files, or folders of them, exported in time order; - reads standard input.</source>
        <translation>.jsonl.gz または .jsonl ファイル、またはそれらのフォルダー。時刻順にエクスポートします。- は標準入力を読み込みます。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Lines to export</source>
        <translation>エクスポートする行</translation>
    </message>
    <message>
        <source>Search results (%1 lines)</source>
        <translation>検索結果（%1 行）</translation>
    </message>
    <message>
        <source>Selected rows (%1 lines)</source>
        <translation>選択した行（%1 行）</translation>
    </message>
    <message>
        <source>Bookmarks (%1 lines)</source>
        <translation>ブックマーク（%1 行）</translation>
    </message>
    <message>
        <source>JSON lines, gzip-compressed (.jsonl.gz)</source>
        <translation>JSON Lines、gzip 圧縮（.jsonl.gz）</translation>
    </message>
    <message>
        <source>JSON lines (.jsonl)</source>
        <translation>JSON Lines（.jsonl）</translation>
    </message>
    <message>
        <source>CSV with chosen columns (.csv)</source>
        <translation>列を選択した CSV（.csv）</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>エクスポート先</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl.gz *.jsonl);;CSV (*.csv);;All files (*)</source>
        <translation>JSON Lines (*.jsonl.gz *.jsonl);;CSV (*.csv);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Open Folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Open the folder the export was written to</source>
        <translation>エクスポート先のフォルダーを開きます</translation>
    </message>
    <message>
        <source>Open the exported file in the application the desktop chooses</source>
        <translation>エクスポートしたファイルをデスクトップが選ぶアプリケーションで開きます</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <extracomment>After an export: &quot;Exported 1,204 rows to day-export.jsonl.gz.&quot;</extracomment>
        <translation>
            <numerusform>%Ln 行を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation>%1 へのエクスポートに失敗しました: %2</translation>
    </message>
    <message>
        <source>No application could open the folder %1.</source>
        <translation>フォルダー %1 を開けるアプリケーションがありません。</translation>
    </message>
    <message>
        <source>No application could open %1; it is in %2.</source>
        <translation>%1 を開けるアプリケーションがありません。ファイルは %2 にあります。</translation>
    </message>
</context>
<context>
    <name>ExportRequest</name>
    <message>
        <source>Name the file to export to.</source>
        <translation>エクスポート先のファイル名を指定してください。</translation>
    </message>
    <message>
        <source>A CSV export needs at least one column.</source>
        <translation>CSV でエクスポートするには、列を 1 つ以上指定してください。</translation>
    </message>
</context>
<context>
    <name>FeedModel</name>
    <message>
        <source>(malformed)</source>
        <translation>（不正な形式）</translation>
    </message>
</context>
<context>
    <name>FeedView</name>
    <message>
        <source>Copy as JSON</source>
        <translation>JSON としてコピー</translation>
    </message>
    <message>
        <source>↑ %1 new</source>
        <translation>↑ 新着 %1 件</translation>
    </message>
    <message>
        <source>↓ %1 new</source>
        <translation>↓ 新着 %1 件</translation>
    </message>
    <message>
        <source>Jump to the newest message and follow the stream again</source>
        <translation>最新のメッセージに移動し、再びストリームを追従します</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>テキストとしてコピー</translation>
    </message>
    <message>
        <source>Jump to newest</source>
        <translation>最新に移動</translation>
    </message>
</context>
<context>
    <name>FileDocument</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>ファイル %1 が存在しません。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 はファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The name of this file suggests %1, but it holds %2; it is read as what it holds.</source>
        <translation>このファイルの名前からは %1 と推測されますが、中身は %2 です。中身に従って読み込みます。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>%1 does not hold JSON lines or an archive Hydrant can read: it is binary data of an unknown kind (it starts with the bytes %2).</source>
        <translation>%1 の内容は JSON Lines でも Hydrant が読み取れるアーカイブでもありません。種類不明のバイナリデータです（先頭のバイト: %2）。</translation>
    </message>
    <message>
        <source>The archive holds no files.</source>
        <translation>アーカイブにファイルがありません。</translation>
    </message>
    <message>
        <source>The archive holds only files whose names are not safe to use.</source>
        <translation>アーカイブには、安全に使用できない名前のファイルしかありません。</translation>
    </message>
    <message>
        <source>Cannot create a temporary file in %1 for the extracted data: %2</source>
        <translation>展開したデータ用の一時ファイルを %1 に作成できません: %2</translation>
    </message>
    <message>
        <source>The archive member name &quot;%1&quot; is not safe to use; it is not opened.</source>
        <translation>アーカイブ内のファイル名「%1」は安全に使用できないため、開きません。</translation>
    </message>
    <message>
        <source>The archive holds several files; open one of them to read it.</source>
        <translation>このアーカイブには複数のファイルが含まれています。読むにはそのうちの 1 つを開いてください。</translation>
    </message>
    <message>
        <source>Indexing stopped before the end of the file.</source>
        <translation>ファイルの終わりより前でインデックス作成が止まりました。</translation>
    </message>
    <message>
        <source>Indexing was stopped: only the first %1 of the file can be browsed and searched.</source>
        <translation>インデックス作成が停止されました: ファイルの先頭 %1 のみ閲覧・検索できます。</translation>
    </message>
    <message>
        <source>None of the lines is a JSON object: this does not look like a JSON-lines file.</source>
        <translation>JSON オブジェクトの行が 1 つもありません。JSON Lines ファイルではないようです。</translation>
    </message>
    <message>
        <source>Indexing… %1 of %2, %3 lines</source>
        <translation>インデックスを作成中… %1 / %2、%3 行</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source> — about %1 left</source>
        <translation> — 残り約 %1</translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation>行数: %1</translation>
    </message>
    <message>
        <source>%1 of content</source>
        <translation>展開後 %1</translation>
    </message>
    <message>
        <source>index from the cache</source>
        <translation>キャッシュのインデックスを使用</translation>
    </message>
    <message>
        <source>The file was replaced by another one with the same name: it was read again from the start.</source>
        <translation>ファイルが同じ名前の別のファイルに置き換えられたため、最初から読み直しました。</translation>
    </message>
    <message>
        <source>The file became shorter (it was truncated or rewritten): it was read again from the start.</source>
        <translation>ファイルが短くなった（切り詰められたか書き直された）ため、最初から読み直しました。</translation>
    </message>
</context>
<context>
    <name>FileDocumentModel</name>
    <message>
        <source>(line of %1, shown cut)</source>
        <translation>（%1 の行、途中まで表示）</translation>
    </message>
</context>
<context>
    <name>FileExporter</name>
    <message>
        <source>The file is not open.</source>
        <translation>ファイルが開かれていません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>%1 の書き込みに失敗しました: %2</translation>
    </message>
    <message>
        <source>Some lines could not be read; nothing was written.</source>
        <translation>一部の行を読み取れなかったため、何も書き込みませんでした。</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 を保存できません: %2</translation>
    </message>
</context>
<context>
    <name>FileFormat</name>
    <message>
        <source>an empty file</source>
        <translation>空のファイル</translation>
    </message>
    <message>
        <source>gzip-compressed data</source>
        <translation>gzip 圧縮データ</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>プレーンテキスト</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>zip アーカイブ</translation>
    </message>
    <message>
        <source>a tar archive</source>
        <translation>tar アーカイブ</translation>
    </message>
    <message>
        <source>a 7z archive</source>
        <translation>7z アーカイブ</translation>
    </message>
    <message>
        <source>xz-compressed data</source>
        <translation>xz 圧縮データ</translation>
    </message>
    <message>
        <source>bzip2-compressed data</source>
        <translation>bzip2 圧縮データ</translation>
    </message>
    <message>
        <source>zstd-compressed data</source>
        <translation>zstd 圧縮データ</translation>
    </message>
    <message>
        <source>binary data of an unknown kind</source>
        <translation>種類不明のバイナリデータ</translation>
    </message>
</context>
<context>
    <name>FileIndexer</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>ファイルを読み取れません: %1</translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>ファイルの読み取りに失敗しました: %1</translation>
    </message>
    <message>
        <source>The compressed data is damaged after %1 of content: %2. Everything before it is shown.</source>
        <translation>展開後 %1 の位置以降で圧縮データが破損しています（%2）。それより前の内容はすべて表示されます。</translation>
    </message>
    <message>
        <source>Cannot write the extracted data to the cache folder: %1</source>
        <translation>展開したデータをキャッシュフォルダーに書き込めません: %1</translation>
    </message>
    <message>
        <source>The file ends unexpectedly after %1 (%2 decompressed): it is truncated. Everything before that point is shown.</source>
        <translation>ファイルが %1（展開後 %2）の位置で予期せず終わっています。ファイルが途中で切れています。それより前の内容はすべて表示されます。</translation>
    </message>
    <message>
        <source>The file holds %1 of data that is not gzip after the end of the compressed stream (at byte %2); it was ignored.</source>
        <translation>圧縮ストリームの終端の後（%2 バイト目）に gzip ではないデータが %1 あります。このデータは無視しました。</translation>
    </message>
    <message>
        <source>at compressed byte %1 (after %2 of content)</source>
        <translation>圧縮データの %1 バイト目（展開後 %2 の位置）</translation>
    </message>
    <message>
        <source>Member %1 of the file fails its checksum %2: the data may be corrupted. Everything before that point is shown.</source>
        <translation>ファイルのメンバー %1 が %2 でチェックサムの検証に失敗しました。データが破損している可能性があります。それより前の内容はすべて表示されます。</translation>
    </message>
    <message>
        <source>The compressed data is damaged %1 (%2). Everything before that point is shown.</source>
        <translation>圧縮データが %1 で破損しています（%2）。それより前の内容はすべて表示されます。</translation>
    </message>
    <message>
        <source>There is not enough memory to index this file.</source>
        <translation>このファイルのインデックスを作成するのに十分なメモリがありません。</translation>
    </message>
    <message>
        <source>Its last line is cut off after %1 and is not counted.</source>
        <translation>最後の行は %1 の位置で途切れているため、数に含めていません。</translation>
    </message>
</context>
<context>
    <name>FileSearch</name>
    <message>
        <source>No matches</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <source>%1 — searching %2 %</source>
        <translation>%1 — 検索中 %2 %</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln 件一致</numerusform>
        </translation>
    </message>
    <message>
        <source>Search results appear here.</source>
        <translation>検索結果がここに表示されます。</translation>
    </message>
    <message>
        <source>Search results: %1 — %2</source>
        <translation>検索結果: %1 — %2</translation>
    </message>
    <message>
        <source> (the first %1 are listed)</source>
        <translation> (最初の %1 件を表示)</translation>
    </message>
</context>
<context>
    <name>FileSearchBar</name>
    <message>
        <source>&lt;p&gt;Searches the whole file; matching lines fill the pane below.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Query&lt;/b&gt;: the query language below&lt;/li&gt;&lt;li&gt;&lt;b&gt;Text&lt;/b&gt;: the exact text, even if it looks like a query&lt;/li&gt;&lt;li&gt;&lt;b&gt;Regex&lt;/b&gt;: one regular expression on the text&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;ファイル全体を検索します。一致した行は下のペインに表示されます。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;クエリ&lt;/b&gt;: 下記のクエリ言語&lt;/li&gt;&lt;li&gt;&lt;b&gt;テキスト&lt;/b&gt;: クエリのように見えても、そのままのテキスト&lt;/li&gt;&lt;li&gt;&lt;b&gt;正規表現&lt;/b&gt;: 本文に対する 1 つの正規表現&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Search the whole file</source>
        <translation>ファイル全体を検索します</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the search</source>
        <translation>検索を停止します</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Next match after the selected line</source>
        <translation>選択した行の後にある次の一致箇所</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Previous match before the selected line</source>
        <translation>選択した行の前にある前の一致箇所</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <source>Search: words, $TSLA, @user, sentiment:bullish, OR, NOT …</source>
        <translation>検索: 単語、$TSLA、@user、sentiment:bullish、OR、NOT …</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>クエリ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>正規表現</translation>
    </message>
</context>
<context>
    <name>FileStatisticsView</name>
    <message>
        <source>Back to hours</source>
        <translation>時間別に戻る</translation>
    </message>
    <message>
        <source>Click a bar to go to its first message; double-click an hour to see its minutes.</source>
        <translation>棒をクリックすると、その最初のメッセージに移動します。時間帯をダブルクリックすると、分単位で表示します。</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Top symbols (click one to search for it)</source>
        <translation>上位銘柄（クリックすると検索します）</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>センチメント</translation>
    </message>
    <message>
        <source>Bullish</source>
        <translation>強気</translation>
    </message>
    <message>
        <source>Bearish</source>
        <translation>弱気</translation>
    </message>
    <message>
        <source>No sentiment</source>
        <translation>センチメントなし</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>メッセージ %1 件</translation>
    </message>
    <message>
        <source>%1 malformed lines</source>
        <translation>不正な形式の行 %1 行</translation>
    </message>
    <message>
        <source>%1 system messages</source>
        <translation>システムメッセージ %1 件</translation>
    </message>
    <message>
        <source>times are not in order</source>
        <translation>時刻が順不同</translation>
    </message>
    <message>
        <source>Messages per minute, %1 %2</source>
        <extracomment>The hour a chart of minutes shows and its time zone: &quot;2024-03-04 15:00 CET&quot;.</extracomment>
        <translation>1 分あたりのメッセージ数（%1 %2）</translation>
    </message>
    <message>
        <source>Messages per hour (%1)</source>
        <extracomment>The title of the chart of messages per hour, with the zone of its hours.</extracomment>
        <translation>1 時間あたりのメッセージ数（%1）</translation>
    </message>
    <message>
        <source>from %1 to %2 %3</source>
        <extracomment>The time a file covers and its time zone: &quot;from 2024-03-04 09:30:00 to … CET&quot;.</extracomment>
        <translation>%1 ～ %2（%3）</translation>
    </message>
</context>
<context>
    <name>FileView</name>
    <message>
        <source>This file cannot be opened</source>
        <translation>このファイルを開けません</translation>
    </message>
    <message>
        <source>Reading the list of files in the archive…</source>
        <translation>アーカイブ内のファイル一覧を読み込んでいます…</translation>
    </message>
    <message>
        <source>Go to Line…</source>
        <translation>指定行へ移動…</translation>
    </message>
    <message>
        <source>Go to a line by its number</source>
        <translation>行番号を指定して移動します</translation>
    </message>
    <message>
        <source>Go to Time…</source>
        <translation>指定時刻へ移動…</translation>
    </message>
    <message>
        <source>Go to the first message at or after a time</source>
        <translation>指定した時刻以降の最初のメッセージに移動します</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Write search results, selected rows or bookmarks to .jsonl.gz or CSV</source>
        <translation>検索結果、選択した行、またはブックマークを .jsonl.gz または CSV に書き出します</translation>
    </message>
    <message>
        <source>Show the whole line</source>
        <translation>行全体を表示</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <source>Stop indexing</source>
        <translation>インデックス作成を停止</translation>
    </message>
    <message>
        <source>Stop reading the file; the lines indexed so far stay available</source>
        <translation>ファイルの読み込みを停止します。それまでにインデックスを作成した行は引き続き利用できます</translation>
    </message>
    <message>
        <source>Export %p%</source>
        <translation>エクスポート %p%</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>エクスポートをキャンセル</translation>
    </message>
    <message>
        <source>Line %1 · %2</source>
        <translation>%1 行目 · %2</translation>
    </message>
    <message>
        <source> — the table shows its first %1</source>
        <translation> — 表にはその先頭 %1 を表示しています</translation>
    </message>
    <message>
        <source> · bookmarked</source>
        <translation> · ブックマーク済み</translation>
    </message>
    <message>
        <source>Line %1 · %2, shown whole</source>
        <translation>%1 行目 · %2、全体を表示</translation>
    </message>
    <message>
        <source>The line could not be read in full.</source>
        <translation>行全体を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>指定行へ移動</translation>
    </message>
    <message>
        <source>Line (1 to %1):</source>
        <translation>行（1 ～ %1）:</translation>
    </message>
    <message>
        <source>Go to Time</source>
        <translation>指定時刻へ移動</translation>
    </message>
    <message>
        <source>The messages of this file carry no time stamps.</source>
        <translation>このファイルのメッセージにはタイムスタンプがありません。</translation>
    </message>
    <message>
        <source>No message is that late.</source>
        <translation>その時刻以降のメッセージはありません。</translation>
    </message>
    <message>
        <source>Go To</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Go to a line by its number, or to a time</source>
        <translation>行番号または時刻を指定して移動します</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>No file open</source>
        <translation>ファイルが開かれていません</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <source>Close Tab</source>
        <translation>タブを閉じる</translation>
    </message>
    <message>
        <source>Open a saved archive (.jsonl.gz, .ndjson, .gz) with File → Open, or drop it on this window. Several files, or a folder of daily files, open together as one dataset.</source>
        <translation>保存済みのアーカイブ（.jsonl.gz、.ndjson、.gz）を「ファイル」→「開く」で開くか、このウィンドウにドロップしてください。複数のファイルや日別ファイルのフォルダーは、まとめて 1 つのデータセットとして開きます。</translation>
    </message>
</context>
<context>
    <name>FirehoseClient</name>
    <message>
        <source>Disconnected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>停滞中</translation>
    </message>
    <message>
        <source>Waiting to reconnect</source>
        <translation>再接続待ち</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>レート制限中</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>認証失敗</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Enter the user name and password of the stream account.</source>
        <translation>ストリームアカウントのユーザー名とパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>切断しました。</translation>
    </message>
    <message>
        <source>At most %1 connection requests per minute are allowed; next attempt in %2 s.</source>
        <translation>接続リクエストは 1 分あたり %1 回までです。%2 秒後に次の接続を試行します。</translation>
    </message>
    <message>
        <source>Reconnecting to %1…</source>
        <translation>%1 に再接続しています…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>The server sent the stream uncompressed.</source>
        <translation>サーバーがストリームを圧縮せずに送信しました。</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>%1 に接続しました。</translation>
    </message>
    <message>
        <source>The stream could not be decompressed: %1</source>
        <translation>ストリームを展開できませんでした: %1</translation>
    </message>
    <message>
        <source>The server ended the stream.</source>
        <translation>サーバーがストリームを終了しました。</translation>
    </message>
    <message>
        <source>The connection dropped: %1</source>
        <translation>接続が切れました: %1</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. If the server uses a private certificate authority, add its certificate (%3).</source>
        <translation>%1 への安全な接続に失敗しました: %2。サーバーがプライベート認証局を使用している場合は、その証明書を追加してください（%3）。</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>ネットワークエラー: %1</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s.</source>
        <translation>%2 秒以内に %1 から応答がありませんでした。</translation>
    </message>
    <message>
        <source>No data for %1 s: the connection stalled.</source>
        <translation>%1 秒間データを受信していません。接続が停滞しました。</translation>
    </message>
    <message>
        <source>An incomplete line was discarded.</source>
        <translation>不完全な行を破棄しました。</translation>
    </message>
    <message>
        <source>An incomplete event was discarded.</source>
        <translation>不完全なイベントを破棄しました。</translation>
    </message>
    <message>
        <source>Reconnecting to %1 (attempt %2).</source>
        <translation>%1 に再接続しています（%2 回目）。</translation>
    </message>
    <message>
        <source>Connecting to %1.</source>
        <translation>%1 に接続しています。</translation>
    </message>
    <message>
        <source>Connected to %1, resuming after item %2 (%3=%2).</source>
        <translation>%1 に接続しました。アイテム %2 の後から再開します（%3=%2）。</translation>
    </message>
    <message>
        <source>A line longer than the limit of %1 was dropped (such lines are counted as too long and never shown; the limit is the “Longest line” preference).</source>
        <translation>上限の %1 を超える行を破棄しました（このような行は長すぎる行として数えられ、表示されません。上限は環境設定の「最大行長」です）。</translation>
    </message>
    <message>
        <source>The service could not continue after item %1: the items after it are missing.</source>
        <translation>サービスはアイテム %1 の後から続行できませんでした。それ以降のアイテムは欠落しています。</translation>
    </message>
    <message>
        <source>Next attempt in %1 s (attempt %2).</source>
        <translation>%1 秒後に次の接続を試行します（%2 回目）。</translation>
    </message>
</context>
<context>
    <name>GoToTimeDialog</name>
    <message>
        <source>Go to Time</source>
        <translation>指定時刻へ移動</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM:SS</source>
        <translation>YYYY-MM-DD HH:MM:SS</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>時刻:</translation>
    </message>
    <message>
        <source>For example %1 or %2</source>
        <translation>例: %1 または %2</translation>
    </message>
    <message>
        <source>The first message at or after this time (%1):</source>
        <extracomment>%1 is the time zone the field is read in: &quot;UTC&quot;, &quot;CET&quot;.</extracomment>
        <translation>この時刻（%1）以降の最初のメッセージ:</translation>
    </message>
</context>
<context>
    <name>GzipReader</name>
    <message>
        <source>No access point before offset %1.</source>
        <translation>オフセット %1 より前にアクセスポイントがありません。</translation>
    </message>
    <message>
        <source>Cannot start decompressing at offset %1.</source>
        <translation>オフセット %1 から展開を開始できません。</translation>
    </message>
    <message>
        <source>Invalid compressed data: %1</source>
        <translation>不正な圧縮データです: %1</translation>
    </message>
</context>
<context>
    <name>GzipStreamDecoder</name>
    <message>
        <source>The compressed stream is corrupt (%1).</source>
        <translation>圧縮ストリームが破損しています（%1）。</translation>
    </message>
    <message>
        <source>The compressed stream is corrupt (data that is not gzip follows a member).</source>
        <translation>圧縮ストリームが破損しています（メンバーの後に gzip ではないデータが続いています）。</translation>
    </message>
</context>
<context>
    <name>GzipVerifier</name>
    <message>
        <source>The file is not gzip-compressed.</source>
        <translation>ファイルは gzip で圧縮されていません。</translation>
    </message>
    <message>
        <source>The file has unexpected data after its last gzip member (at byte %1).</source>
        <translation>ファイルの最後の gzip メンバーの後に予期しないデータがあります（%1 バイト目）。</translation>
    </message>
    <message>
        <source>The file is corrupt: gzip member %1 (from byte %2) fails its check (%3).</source>
        <translation>ファイルが破損しています: gzip メンバー %1（%2 バイト目から）が検証に失敗しました（%3）。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>The file is incomplete: gzip member %1 is cut short after %2 bytes.</source>
        <translation>ファイルが不完全です: gzip メンバー %1 が %2 バイトで途切れています。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>ファイルを読み取れません: %1</translation>
    </message>
    <message>
        <source>Verification was cancelled.</source>
        <translation>検証がキャンセルされました。</translation>
    </message>
    <message>
        <source>it is shorter than expected</source>
        <translation>想定より短くなっています</translation>
    </message>
</context>
<context>
    <name>HttpStatusRule</name>
    <message>
        <source> The server said: “%1”</source>
        <translation> サーバーの応答: 「%1」</translation>
    </message>
    <message>
        <source>The server refused the user name or password (HTTP 401). Check the account and enter the password again.</source>
        <translation>サーバーがユーザー名またはパスワードを拒否しました（HTTP 401）。アカウントを確認し、パスワードを再入力してください。</translation>
    </message>
    <message>
        <source>The server refused the request as not acceptable (HTTP 406): the stream must be requested with gzip compression.</source>
        <translation>サーバーがリクエストを受け入れ不可として拒否しました（HTTP 406）。ストリームは gzip 圧縮でリクエストする必要があります。</translation>
    </message>
    <message>
        <source>Rate limited by the server (HTTP %1): too many connection requests.</source>
        <translation>サーバーによりレート制限されました（HTTP %1）。接続リクエストが多すぎます。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>サーバーが HTTP %1 を返しました。</translation>
    </message>
    <message>
        <source>The server redirected the stream (HTTP %1); paste the final stream URL into the account.</source>
        <translation>サーバーがストリームをリダイレクトしました（HTTP %1）。最終的なストリーム URL をアカウントに貼り付けてください。</translation>
    </message>
    <message>
        <source>The server refused the stream (HTTP %1).</source>
        <translation>サーバーがストリームを拒否しました（HTTP %1）。</translation>
    </message>
    <message>
        <source>The backup service refused the request (bad date or file type).</source>
        <translation>バックアップサービスがリクエストを拒否しました（日付またはファイルの種類が不正です）。</translation>
    </message>
    <message>
        <source>The user name or password was not accepted.</source>
        <translation>ユーザー名またはパスワードが受け付けられませんでした。</translation>
    </message>
    <message>
        <source>This account may not download this file.</source>
        <translation>このアカウントにはこのファイルをダウンロードする権限がありません。</translation>
    </message>
    <message>
        <source>There is no file for this day.</source>
        <translation>この日のファイルはありません。</translation>
    </message>
    <message>
        <source>The backup service is having trouble (HTTP %1).</source>
        <translation>バックアップサービスで障害が発生しています（HTTP %1）。</translation>
    </message>
    <message>
        <source>The backup service answered HTTP %1 instead of a download link.</source>
        <translation>バックアップサービスがダウンロードリンクではなく HTTP %1 を返しました。</translation>
    </message>
    <message>
        <source>The download link expired (HTTP %1).</source>
        <translation>ダウンロードリンクの有効期限が切れました（HTTP %1）。</translation>
    </message>
    <message>
        <source>The storage host is having trouble (HTTP %1).</source>
        <translation>ストレージホストで障害が発生しています（HTTP %1）。</translation>
    </message>
    <message>
        <source>The storage host refused the download (HTTP %1).</source>
        <translation>ストレージホストがダウンロードを拒否しました（HTTP %1）。</translation>
    </message>
</context>
<context>
    <name>HttpStreamConnection</name>
    <message>
        <source>The server&apos;s answer has more than %1 KiB of headers.</source>
        <translation>サーバーの応答のヘッダーが %1 KiB を超えています。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid HTTP.</source>
        <translation>サーバーの応答が正しい HTTP ではありません。</translation>
    </message>
    <message>
        <source>The server&apos;s answer broke its chunked framing.</source>
        <translation>サーバーの応答のチャンク形式が壊れています。</translation>
    </message>
    <message>
        <source>The server closed the connection before the answer was complete.</source>
        <translation>応答が完了する前にサーバーが接続を閉じました。</translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation>サーバーが応答せずに接続を閉じました。</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Indexing…</source>
        <translation>インデックスを作成中…</translation>
    </message>
    <message>
        <source>Count, search and summarise a saved archive.</source>
        <translation>保存済みのアーカイブを集計、検索、要約します。</translation>
    </message>
    <message>
        <source>Count lines, messages and malformed lines (with --grep: count matches).</source>
        <translation>行、メッセージ、不正な形式の行を数えます（--grep 指定時は一致数を数えます）。</translation>
    </message>
    <message>
        <source>Messages per hour, top symbols and the sentiment share.</source>
        <translation>1 時間あたりのメッセージ数、上位銘柄、センチメントの割合。</translation>
    </message>
    <message>
        <source>Print line N (the first line is 1).</source>
        <translation>N 行目を出力します（最初の行は 1）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The member to read in a zip, tar or 7z archive.</source>
        <translation>zip、tar、7z アーカイブ内で読み取るファイル。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Symbols listed by --stats (default 10).</source>
        <translation>--stats で表示する銘柄の数（既定: 10）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>結果を JSON で出力します。</translation>
    </message>
    <message>
        <source>Neither read nor write the index cache.</source>
        <translation>インデックスキャッシュの読み込みも書き込みも行いません。</translation>
    </message>
    <message>
        <source>--grep needs a pattern.</source>
        <translation>--grep にはパターンを指定してください。</translation>
    </message>
    <message>
        <source>The archive holds several files; choose one with --member:</source>
        <translation>アーカイブに複数のファイルが含まれています。--member で 1 つを選択してください:</translation>
    </message>
    <message>
        <source>The last line is line %1.</source>
        <translation>最後の行は %1 行目です。</translation>
    </message>
    <message>
        <source>Cannot read line %1.</source>
        <translation>%1 行目を読み取れません。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>Messages per hour (UTC):</source>
        <translation>1 時間あたりのメッセージ数（UTC）:</translation>
    </message>
    <message>
        <source>Top symbols:</source>
        <translation>上位銘柄:</translation>
    </message>
    <message>
        <source>Sentiment: %1 % bullish, %2 % bearish, %3 % without</source>
        <translation>センチメント: 強気 %1 %、弱気 %2 %、なし %3 %</translation>
    </message>
    <message>
        <source>File:          %1</source>
        <translation>ファイル:      %1</translation>
    </message>
    <message>
        <source>Format:        %1</source>
        <translation>形式:          %1</translation>
    </message>
    <message>
        <source>Lines:         %1</source>
        <translation>行数:          %1</translation>
    </message>
    <message>
        <source>Messages:      %1</source>
        <translation>メッセージ数:  %1</translation>
    </message>
    <message>
        <source>Malformed:     %1</source>
        <translation>不正な形式:    %1</translation>
    </message>
    <message>
        <source>Uncompressed:  %1</source>
        <translation>展開後サイズ:  %1</translation>
    </message>
    <message>
        <source>Time span:     %1 to %2</source>
        <translation>期間:          %1 ～ %2</translation>
    </message>
    <message>
        <source>Complete:      %1</source>
        <translation>完全性:        %1</translation>
    </message>
    <message>
        <source>no, the file is truncated or damaged</source>
        <translation>いいえ、ファイルが途中で切れているか破損しています</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Print the messages that match QUERY: words, &quot;phrases&quot;, $TSLA, @user, sentiment:bullish, id:, kind:, before:/after: times, /regex/, AND, OR, NOT and parentheses. Exit status 1 when nothing matches, as grep.</source>
        <translation>QUERY に一致するメッセージを出力します。単語、&quot;フレーズ&quot;、$TSLA、@user、sentiment:bullish、id:、kind:、before:/after: による時刻、/正規表現/、AND、OR、NOT、括弧を使用できます。grep と同様に、一致するものがない場合の終了ステータスは 1 です。</translation>
    </message>
    <message>
        <source>query</source>
        <translation>query</translation>
    </message>
    <message>
        <source>QUERY is one regular expression.</source>
        <translation>QUERY を 1 つの正規表現として扱います。</translation>
    </message>
    <message>
        <source>Ignore case (the default).</source>
        <translation>大文字と小文字を区別しません（既定）。</translation>
    </message>
    <message>
        <source>Compare words and expressions with their case.</source>
        <translation>単語と正規表現で大文字と小文字を区別します。</translation>
    </message>
    <message>
        <source>Cut line:      %1 at the end, without a terminator (not counted)</source>
        <translation>途切れた行:    末尾に %1、改行なし（行数に含めない）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Files:         %1</source>
        <translation>ファイル数:    %1</translation>
    </message>
    <message>
        <source>no, a file is truncated or damaged</source>
        <translation>いいえ。ファイルが途中で切れているか破損しています</translation>
    </message>
    <message>
        <source>Files in time order (lines, messages, file):</source>
        <translation>時刻順のファイル (行数、メッセージ数、ファイル):</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>ファイル...</translation>
    </message>
    <message>
        <source>hydrant-cli inspect FILE...: count, search and summarise saved archives. Without options it prints a summary.</source>
        <translation>hydrant-cli inspect ファイル...: 保存されたアーカイブを数え、検索し、要約します。オプションなしでは要約を表示します。</translation>
    </message>
    <message>
        <source>Give a file, several files or a folder to inspect.</source>
        <translation>調べるファイル、複数のファイル、またはフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>--member reads one archive; give that archive alone.</source>
        <translation>--member は 1 つのアーカイブを読みます。そのアーカイブだけを指定してください。</translation>
    </message>
    <message>
        <source>A .jsonl.gz, .jsonl or archive file; or several files, or a folder of daily files, read as one dataset in time order; - reads standard input.</source>
        <translation>.jsonl.gz、.jsonl またはアーカイブファイル。または複数のファイル、日ごとのファイルのフォルダー。時刻順に 1 つのデータセットとして読み込みます。- は標準入力を読み込みます。</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>標準入力</translation>
    </message>
</context>
<context>
    <name>JetStreamPublisher</name>
    <message>
        <source>There is no JetStream stream named &apos;%1&apos;.</source>
        <translation>「%1」という名前の JetStream ストリームはありません。</translation>
    </message>
    <message>
        <source>Cannot read the JetStream stream &apos;%1&apos;: %2</source>
        <translation>JetStream ストリーム「%1」を読み取れません: %2</translation>
    </message>
    <message>
        <source>Not connected to NATS.</source>
        <translation>NATS に接続していません。</translation>
    </message>
    <message>
        <source>The JetStream stream &apos;%1&apos; exists but does not take the subject %2: give its --subject, or another --stream.</source>
        <translation>JetStream ストリーム「%1」は存在しますが、サブジェクト %2 を受け付けません。そのストリームの --subject を指定するか、別の --stream を指定してください。</translation>
    </message>
    <message>
        <source>Cannot create the JetStream stream &apos;%1&apos;: %2</source>
        <translation>JetStream ストリーム「%1」を作成できません: %2</translation>
    </message>
    <message>
        <source>Cannot read the last message of the JetStream stream &apos;%1&apos;: %2</source>
        <translation>JetStream ストリーム「%1」の最後のメッセージを読み取れません: %2</translation>
    </message>
    <message>
        <source>JetStream did not store the messages in time (%1).</source>
        <translation>JetStream が時間内にメッセージを保存しませんでした（%1）。</translation>
    </message>
</context>
<context>
    <name>JetStreamReader</name>
    <message>
        <source>&apos;%1&apos; is not a start: give new, all, a span such as 30m, 1h or 2d, or a time such as 2024-03-11T09:00Z.</source>
        <translation>「%1」は開始位置として解釈できません。new、all、30m、1h、2d のような期間、または 2024-03-11T09:00Z のような時刻を指定してください。</translation>
    </message>
    <message>
        <source>Cannot read the JetStream stream &apos;%1&apos;: %2</source>
        <translation>JetStream ストリーム「%1」を読み取れません: %2</translation>
    </message>
    <message>
        <source>The consumer was lost (%1); reading continues after message %2.</source>
        <translation>コンシューマーが失われました（%1）。メッセージ %2 の後から読み込みを続けます。</translation>
    </message>
    <message>
        <source>the stream holds messages it did not deliver</source>
        <translation>ストリームに未配信のメッセージがあります</translation>
    </message>
    <message>
        <source>its heartbeats stopped</source>
        <translation>ハートビートが途絶えました</translation>
    </message>
    <message>
        <source>messages it delivered did not arrive</source>
        <translation>配信されたメッセージが届きませんでした</translation>
    </message>
    <message>
        <source>a message arrived out of its delivery order</source>
        <translation>メッセージが配信順序どおりに届きませんでした</translation>
    </message>
    <message>
        <source>it passed over messages the stream holds</source>
        <translation>ストリームにあるメッセージを飛ばしました</translation>
    </message>
</context>
<context>
    <name>JetStreamSource</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>切断しました。</translation>
    </message>
    <message>
        <source>The NATS server went away; reconnecting to another one.</source>
        <translation>NATS サーバーとの接続が切れました。別のサーバーに再接続しています。</translation>
    </message>
    <message>
        <source>Now reading from %1.</source>
        <translation>%1 から読み取っています。</translation>
    </message>
    <message>
        <source>Connected to %1 (stream %2).</source>
        <translation>%1 に接続しました（ストリーム %2）。</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 (stream %2), %n message(s) behind.</source>
        <translation>
            <numerusform>%1 に接続しました（ストリーム %2）。%n 件遅れています。</numerusform>
        </translation>
    </message>
    <message>
        <source>If the server uses a private certificate authority, add its certificate (%1).</source>
        <translation>サーバーがプライベート認証局を使用している場合は、その証明書を追加してください（%1）。</translation>
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
        <translation>真偽値</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>%1 バイト目が有効な JSON ではありません: %2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
</context>
<context>
    <name>LiveCharts</name>
    <message>
        <source>Messages per second</source>
        <translation>1 秒あたりのメッセージ数</translation>
    </message>
    <message>
        <source>messages/s</source>
        <translation>件/秒</translation>
    </message>
    <message>
        <source>Top symbols, last %1 min</source>
        <translation>上位銘柄（直近 %1 分）</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>言及数</translation>
    </message>
    <message>
        <source>Bullish vs bearish</source>
        <translation>強気と弱気</translation>
    </message>
    <message>
        <source>Bullish %</source>
        <translation>強気 %</translation>
    </message>
    <message>
        <source>Bearish %</source>
        <translation>弱気 %</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（まだありません）</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <source>No stream to watch yet</source>
        <translation>表示するストリームがまだありません</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>アカウントを追加…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>Connect to the stream (F5)</source>
        <translation>ストリームに接続します（F5）</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>切断(&amp;D)</translation>
    </message>
    <message>
        <source>Disconnect from the stream (Shift+F5)</source>
        <translation>ストリームから切断します（Shift+F5）</translation>
    </message>
    <message>
        <source>&amp;Pause Scrolling</source>
        <translation>スクロールを一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Stop following the newest message; messages keep arriving (Ctrl+P)</source>
        <translation>最新のメッセージの追従を停止します。メッセージの受信は続きます（Ctrl+P）</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>記録(&amp;R)</translation>
    </message>
    <message>
        <source>Write the stream to a daily .jsonl.gz file in the recording folder (Ctrl+R)</source>
        <translation>ストリームを記録フォルダー内の日ごとの .jsonl.gz ファイルに書き込みます（Ctrl+R）</translation>
    </message>
    <message>
        <source>&amp;Jump to Newest</source>
        <translation>最新に移動(&amp;J)</translation>
    </message>
    <message>
        <source>C&amp;lear Feed</source>
        <translation>フィードを消去(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>フィルター(&amp;F)…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Connection log</source>
        <translation>接続ログ</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>メッセージ %1 件</translation>
    </message>
    <message>
        <source>%1 of %2 messages</source>
        <translation>メッセージ %2 件中 %1 件</translation>
    </message>
    <message>
        <source>filtering…</source>
        <translation>フィルター処理中…</translation>
    </message>
    <message>
        <source>Filter: words, $TSLA, @user, sentiment:bullish, /regex/, OR, NOT …</source>
        <translation>フィルター: 単語、$TSLA、@user、sentiment:bullish、/正規表現/、OR、NOT …</translation>
    </message>
    <message>
        <source>Add a stream account with the URL and the e-mail address and password from your provider&apos;s dashboard. To look around first, try the demo (or start Hydrant with %1): it streams from a built-in simulator, no account needed.</source>
        <extracomment>%1 is the command hydrant --demo</extracomment>
        <translation>プロバイダーのダッシュボードに表示される URL、メールアドレス、パスワードでストリームアカウントを追加してください。まず様子を見たい場合は、デモを試してください（または %1 で Hydrant を起動します）。デモは内蔵シミュレーターからストリームを配信するため、アカウントは不要です。</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>デモを試す</translation>
    </message>
    <message>
        <source>Recording to %1.</source>
        <translation>%1 に記録しています。</translation>
    </message>
    <message>
        <source>Recording stopped: %1.</source>
        <translation>記録を停止しました: %1。</translation>
    </message>
    <message>
        <source>Recording started in %1.</source>
        <translation>%1 への記録を開始しました。</translation>
    </message>
</context>
<context>
    <name>LiveSession</name>
    <message>
        <source>This Hydrant was built without NATS: it cannot read a team relay.</source>
        <translation>この Hydrant は NATS なしでビルドされているため、チーム用リレーを読み取れません。</translation>
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
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>The realtime stream (Ctrl+1)</source>
        <translation>リアルタイムストリーム（Ctrl+1）</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Download daily backup archives (Ctrl+2)</source>
        <translation>日次バックアップアーカイブをダウンロードします（Ctrl+2）</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Open and search saved archives (Ctrl+3)</source>
        <translation>保存済みのアーカイブを開いて検索します（Ctrl+3）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Stream</source>
        <translation>ストリーム(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>バックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>設定(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>アカウント(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Hydrant</source>
        <translation>Hydrant について(&amp;A)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>最近使ったファイルはありません</translation>
    </message>
    <message>
        <source>Hydrant — demo</source>
        <translation>Hydrant — デモ</translation>
    </message>
    <message>
        <source>Demo mode: connected to the built-in simulator, no account needed.</source>
        <translation>デモモード: 内蔵シミュレーターに接続しています。アカウントは不要です。</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>ファイル %1 が存在しません。</translation>
    </message>
    <message>
        <source>Open archives</source>
        <translation>アーカイブを開く</translation>
    </message>
    <message>
        <source>JSON lines archives (*.gz *.jsonl *.ndjson *.json *.zip *.tar *.tgz *.7z *.xz *.bz2 *.zst);;All files (*)</source>
        <translation>JSON Lines アーカイブ (*.gz *.jsonl *.ndjson *.json *.zip *.tar *.tgz *.7z *.xz *.bz2 *.zst);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>ドキュメント(&amp;D)</translation>
    </message>
    <message>
        <source>Read the user guide online</source>
        <translation>ユーザーガイドをオンラインで表示します</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Show the %1 Page</source>
        <translation>%1ページを表示</translation>
    </message>
    <message>
        <source>Demo S&amp;tream</source>
        <translation>デモストリーム(&amp;T)</translation>
    </message>
    <message>
        <source>Demo mode: the built-in simulator, no account needed. Stream ▸ Demo Stream switches between a Gnip firehose and a StockTwits Firestream.</source>
        <translation>デモモード: 内蔵シミュレーターを使用しています。アカウントは不要です。「ストリーム」▸「デモストリーム」で Gnip ファイアホースと StockTwits Firestream を切り替えられます。</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <source>No web browser could be started. The user guide is at %1</source>
        <translation>Web ブラウザーを起動できませんでした。ユーザーガイドは次の場所にあります: %1</translation>
    </message>
    <message>
        <source>Quit Hydrant</source>
        <translation>Hydrant の終了</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) are still running. Quit anyway?</source>
        <translation>
            <numerusform>%n 件のダウンロードが実行中です。それでも終了しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>They carry on from where they stopped the next time Hydrant starts.</source>
        <translation>ダウンロードは、次回 Hydrant を起動したときに中断した箇所から再開します。</translation>
    </message>
    <message>
        <source>Quit Anyway</source>
        <translation>それでも終了</translation>
    </message>
    <message>
        <source>Keep Downloading</source>
        <translation>ダウンロードを続ける</translation>
    </message>
    <message>
        <source>The demo simulator could not start: %1</source>
        <translation>デモ用シミュレーターを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>デモを試す</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>フォルダーを開く(&amp;F)…</translation>
    </message>
    <message>
        <source>Open a folder of daily archives as one dataset</source>
        <translation>日次アーカイブのフォルダーを 1 つのデータセットとして開きます</translation>
    </message>
    <message>
        <source>Open a folder of daily archives</source>
        <translation>日次アーカイブのフォルダーを開く</translation>
    </message>
    <message>
        <source>Open R&amp;ecordings Folder</source>
        <translation>記録フォルダーを開く(&amp;E)</translation>
    </message>
    <message>
        <source>Open the folder the Live page records into as one dataset that follows the recording</source>
        <translation>ライブ ページが記録するフォルダーを、記録に追従する 1 つのデータセットとして開きます</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>一覧を消去(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the last session are gone: %1</source>
        <translation>
            <numerusform>前回のセッションの %n 個のファイルが見つかりません: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Recordings Folder</source>
        <translation>記録フォルダーを開く</translation>
    </message>
    <message>
        <source>The recordings folder %1 cannot be created.</source>
        <translation>記録フォルダー %1 を作成できません。</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>%1 follows %2</source>
        <extracomment>A StockTwits activity: %1 follows %2 (both user names)</extracomment>
        <translation>%1 が %2 をフォロー</translation>
    </message>
    <message>
        <source>%1 blocks %2</source>
        <extracomment>A StockTwits activity: %1 blocks %2 (both user names)</extracomment>
        <translation>%1 が %2 をブロック</translation>
    </message>
    <message>
        <source>%1 likes message %2</source>
        <extracomment>A StockTwits activity: %1 (a user name) likes the message with id %2</extracomment>
        <translation>%1 がメッセージ %2 にいいね</translation>
    </message>
    <message>
        <source>%1 likes message %2: %3</source>
        <extracomment>A StockTwits activity: %1 (a user name) likes message %2 whose text is %3</extracomment>
        <translation>%1 がメッセージ %2 にいいね: %3</translation>
    </message>
</context>
<context>
    <name>MessageColumns</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>投稿者</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>銘柄</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>センチメント</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>いいね</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>投稿元</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Unknown column “%1”: use %2.</source>
        <translation>不明な列「%1」です。%2 を使用してください。</translation>
    </message>
    <message>
        <source>Name at least one column.</source>
        <translation>列を 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>Bullish</source>
        <translation>強気</translation>
    </message>
    <message>
        <source>Bearish</source>
        <translation>弱気</translation>
    </message>
</context>
<context>
    <name>MessageDetailView</name>
    <message>
        <source>StockTwits message</source>
        <translation>StockTwits メッセージ</translation>
    </message>
    <message>
        <source>Activity Streams activity</source>
        <translation>Activity Streams アクティビティ</translation>
    </message>
    <message>
        <source>Tweet</source>
        <translation>ツイート</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>JSON オブジェクト</translation>
    </message>
    <message>
        <source>Server information</source>
        <translation>サーバー情報</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>サーバーエラー</translation>
    </message>
    <message>
        <source>Malformed line</source>
        <translation>不正な形式の行</translation>
    </message>
    <message>
        <source>Select a message to see it in full: author, time, text, symbols and the raw JSON.</source>
        <translation>メッセージを選択すると、投稿者、時刻、本文、銘柄、生の JSON をすべて表示します。</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>生の JSON</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>すべて展開</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>すべて折りたたむ</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON をコピー</translation>
    </message>
    <message>
        <source>Copy the message as received</source>
        <translation>受信したままのメッセージをコピーします</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>値をコピー</translation>
    </message>
    <message>
        <source>No time stamp</source>
        <translation>タイムスタンプなし</translation>
    </message>
    <message>
        <source>Bullish</source>
        <translation>強気</translation>
    </message>
    <message>
        <source>Bearish</source>
        <translation>弱気</translation>
    </message>
    <message>
        <source>This line is not a JSON object:</source>
        <translation>この行は JSON オブジェクトではありません:</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>（本文なし）</translation>
    </message>
    <message>
        <source>Symbols: %1</source>
        <translation>銘柄: %1</translation>
    </message>
    <message>
        <source>♥ %1</source>
        <translation>♥ %1</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>投稿元: %1</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>パスをコピー</translation>
    </message>
    <message>
        <source>Copy whole message</source>
        <translation>メッセージ全体をコピー</translation>
    </message>
    <message>
        <source>StockTwits activity</source>
        <translation>StockTwits アクティビティ</translation>
    </message>
    <message>
        <source>Line shown cut</source>
        <translation>行を途中まで表示</translation>
    </message>
    <message>
        <source>The line is %1 long; only its first %2 were read, so it is not interpreted.</source>
        <translation>この行は %1 あります。最初の %2 だけを読み込んだため、解釈していません。</translation>
    </message>
    <message>
        <source>The JSON tree needs the whole line.</source>
        <translation>JSON ツリーには行全体が必要です。</translation>
    </message>
</context>
<context>
    <name>MessageQuery</name>
    <message>
        <source>There is a &apos;)&apos; at character %1 without a &apos;(&apos; before it.</source>
        <translation>%1 文字目の「)」の前に「(」がありません。</translation>
    </message>
    <message>
        <source>Unexpected text at character %1.</source>
        <translation>%1 文字目に予期しないテキストがあります。</translation>
    </message>
    <message>
        <source>The phrase at character %1 has no closing quote (&quot;).</source>
        <translation>%1 文字目のフレーズに閉じる引用符（&quot;）がありません。</translation>
    </message>
    <message>
        <source>The regular expression at character %1 has no closing slash (/).</source>
        <translation>%1 文字目の正規表現に閉じるスラッシュ（/）がありません。</translation>
    </message>
    <message>
        <source>The value at character %1 has no closing quote (&quot;).</source>
        <translation>%1 文字目の値に閉じる引用符（&quot;）がありません。</translation>
    </message>
    <message>
        <source>OR at character %1 needs a term after it.</source>
        <translation>%1 文字目の OR の後に検索語が必要です。</translation>
    </message>
    <message>
        <source>AND at character %1 needs a term after it.</source>
        <translation>%1 文字目の AND の後に検索語が必要です。</translation>
    </message>
    <message>
        <source>NOT at character %1 needs a term after it.</source>
        <translation>%1 文字目の NOT の後に検索語が必要です。</translation>
    </message>
    <message>
        <source>The parentheses at character %1 are empty.</source>
        <translation>%1 文字目の括弧の中が空です。</translation>
    </message>
    <message>
        <source>The parenthesis at character %1 is not closed.</source>
        <translation>%1 文字目の括弧が閉じられていません。</translation>
    </message>
    <message>
        <source>%1 at character %2 needs a term before it.</source>
        <translation>%2 文字目の %1 の前に検索語が必要です。</translation>
    </message>
    <message>
        <source>The phrase at character %1 is empty.</source>
        <translation>%1 文字目のフレーズが空です。</translation>
    </message>
    <message>
        <source>A term is missing at character %1.</source>
        <translation>%1 文字目に検索語がありません。</translation>
    </message>
    <message>
        <source>The regular expression at character %1 is empty.</source>
        <translation>%1 文字目の正規表現が空です。</translation>
    </message>
    <message>
        <source>The regular expression is not valid at character %1: %2</source>
        <translation>正規表現の %1 文字目が正しくありません: %2</translation>
    </message>
    <message>
        <source>“%1” at character %2 needs a value.</source>
        <translation>%2 文字目の「%1」には値が必要です。</translation>
    </message>
    <message>
        <source>Unknown sentiment “%1” at character %2: use bullish, bearish or none.</source>
        <translation>%2 文字目のセンチメント「%1」は不明です。bullish、bearish、none のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>Unknown kind “%1” at character %2: use one of %3.</source>
        <translation>%2 文字目の種類「%1」は不明です。%3 のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>“%1” at character %2 is not a time: write it like 2024-03-11 or 2024-03-11T14:30:00Z (UTC).</source>
        <translation>%2 文字目の「%1」は時刻ではありません。2024-03-11 や 2024-03-11T14:30:00Z（UTC）のように指定してください。</translation>
    </message>
    <message>
        <source>messages matching “%1”</source>
        <translation>「%1」に一致するメッセージ</translation>
    </message>
    <message>
        <source>&lt;p&gt;Terms next to each other must all match; text is compared without case, as shown (escapes and entities decoded).&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;word&lt;/b&gt; or &lt;b&gt;&quot;a phrase&quot;&lt;/b&gt; — in the text, author or name&lt;/li&gt;&lt;li&gt;&lt;b&gt;$TSLA&lt;/b&gt; or &lt;b&gt;symbol:TSLA&lt;/b&gt; — messages about the symbol&lt;/li&gt;&lt;li&gt;&lt;b&gt;@user&lt;/b&gt; or &lt;b&gt;user:name&lt;/b&gt; — messages by this user&lt;/li&gt;&lt;li&gt;&lt;b&gt;sentiment:bullish&lt;/b&gt;, &lt;b&gt;bearish&lt;/b&gt; or &lt;b&gt;none&lt;/b&gt;; &lt;b&gt;id:123&lt;/b&gt;; &lt;b&gt;kind:stocktwits&lt;/b&gt;, &lt;b&gt;gnip&lt;/b&gt;, &lt;b&gt;tweet&lt;/b&gt;, &lt;b&gt;activity&lt;/b&gt;, &lt;b&gt;json&lt;/b&gt;&lt;/li&gt;&lt;li&gt;&lt;b&gt;after:2024-03-11&lt;/b&gt;, &lt;b&gt;before:2024-03-11T14:30&lt;/b&gt; — times in UTC&lt;/li&gt;&lt;li&gt;&lt;b&gt;/regular expression/&lt;/b&gt; — on the text&lt;/li&gt;&lt;li&gt;&lt;b&gt;OR&lt;/b&gt;, &lt;b&gt;NOT&lt;/b&gt; (or &lt;b&gt;-term&lt;/b&gt;), &lt;b&gt;AND&lt;/b&gt; and &lt;b&gt;( )&lt;/b&gt;&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;並べた検索語はすべて一致する必要があります。テキストは大文字と小文字を区別せず、表示どおりに（エスケープと実体参照をデコードして）比較します。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;単語&lt;/b&gt; または &lt;b&gt;&quot;フレーズ&quot;&lt;/b&gt; — 本文、投稿者、名前に含まれるもの&lt;/li&gt;&lt;li&gt;&lt;b&gt;$TSLA&lt;/b&gt; または &lt;b&gt;symbol:TSLA&lt;/b&gt; — その銘柄に関するメッセージ&lt;/li&gt;&lt;li&gt;&lt;b&gt;@user&lt;/b&gt; または &lt;b&gt;user:name&lt;/b&gt; — このユーザーによるメッセージ&lt;/li&gt;&lt;li&gt;&lt;b&gt;sentiment:bullish&lt;/b&gt;、&lt;b&gt;bearish&lt;/b&gt; または &lt;b&gt;none&lt;/b&gt;。&lt;b&gt;id:123&lt;/b&gt;。&lt;b&gt;kind:stocktwits&lt;/b&gt;、&lt;b&gt;gnip&lt;/b&gt;、&lt;b&gt;tweet&lt;/b&gt;、&lt;b&gt;activity&lt;/b&gt;、&lt;b&gt;json&lt;/b&gt;&lt;/li&gt;&lt;li&gt;&lt;b&gt;after:2024-03-11&lt;/b&gt;、&lt;b&gt;before:2024-03-11T14:30&lt;/b&gt; — 時刻は UTC&lt;/li&gt;&lt;li&gt;&lt;b&gt;/正規表現/&lt;/b&gt; — 本文に対して&lt;/li&gt;&lt;li&gt;&lt;b&gt;OR&lt;/b&gt;、&lt;b&gt;NOT&lt;/b&gt;（または &lt;b&gt;-検索語&lt;/b&gt;）、&lt;b&gt;AND&lt;/b&gt;、&lt;b&gt;( )&lt;/b&gt;&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>NatsConnection</name>
    <message>
        <source>Cannot connect to the NATS server %1: %2</source>
        <translation>NATS サーバー %1 に接続できません: %2</translation>
    </message>
    <message>
        <source>The NATS server %1 refused the user name or password (%2).</source>
        <translation>NATS サーバー %1 がユーザー名またはパスワードを拒否しました（%2）。</translation>
    </message>
    <message>
        <source>The NATS server %1 does not offer TLS: nothing was sent to it unencrypted.</source>
        <translation>NATS サーバー %1 は TLS に対応していません。暗号化せずに送信したものはありません。</translation>
    </message>
    <message>
        <source>The NATS server %1 could not be verified over TLS (%2).</source>
        <translation>NATS サーバー %1 を TLS で検証できませんでした（%2）。</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password for %1</source>
        <translation>%1 のパスワード</translation>
    </message>
    <message>
        <source>Enter the password of %1 for the account “%2”.</source>
        <translation>アカウント「%2」の %1 のパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Remember in the secret store</source>
        <translation>資格情報ストアに保存する</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続行</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> 件</translation>
    </message>
    <message>
        <source>The live feed keeps this many recent messages; older ones leave.</source>
        <translation>ライブフィードに保持する最新メッセージの件数です。これより古いメッセージは破棄されます。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Reconnect when nothing, not even a heartbeat, arrives for this long.</source>
        <translation>ハートビートも含めて何も受信しない状態がこの時間続いたら再接続します。</translation>
    </message>
    <message>
        <source>How many backup files download at the same time.</source>
        <translation>同時にダウンロードするバックアップファイルの数です。</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Live stream</source>
        <translation>ライブストリーム</translation>
    </message>
    <message>
        <source>Keep in &amp;memory:</source>
        <translation>メモリに保持(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Stall timeout:</source>
        <translation>停滞タイムアウト(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Recordings folder:</source>
        <translation>記録フォルダー(&amp;R):</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Parallel &amp;downloads:</source>
        <translation>同時ダウンロード数(&amp;D):</translation>
    </message>
    <message>
        <source>Download &amp;folder:</source>
        <translation>ダウンロードフォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>フォルダーの選択</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The new language applies the next time Hydrant starts.</source>
        <translation>新しい言語は次回 Hydrant を起動したときに適用されます。</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>A stream line longer than this is dropped and counted in the status bar; the connection log says so the first time.</source>
        <translation>これより長いストリームの行は破棄され、ステータスバーで数えられます。初回は接続ログにも記録されます。</translation>
    </message>
    <message>
        <source>Lon&amp;gest line:</source>
        <translation>最大行長(&amp;G):</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source>The most all backup downloads together may take of the network; 0 for no limit.</source>
        <translation>すべてのバックアップのダウンロードが合計で使用できるネットワーク帯域の上限です。0 にすると制限しません。</translation>
    </message>
    <message>
        <source>S&amp;peed limit:</source>
        <translation>速度制限(&amp;P):</translation>
    </message>
    <message>
        <source>Re&amp;open the files of the last session at start</source>
        <translation>起動時に前回のセッションのファイルを開き直す(&amp;O)</translation>
    </message>
    <message>
        <source>The Files page&apos;s tabs open again where they were left, unless Hydrant is started with files to open.</source>
        <translation>ファイル ページのタブが前回の位置で再び開きます。ただし、開くファイルを指定して Hydrant を起動した場合を除きます。</translation>
    </message>
    <message>
        <source>Local time</source>
        <extracomment>Times shown in the computer&apos;s own time zone.</extracomment>
        <translation>ローカル時刻</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>The zone of every time the window shows: the tables, the detail, Go to Time and the statistics. Exports are always in UTC.</source>
        <translation>ウィンドウに表示されるすべての時刻（表、詳細、時刻へ移動、統計）のタイムゾーンです。エクスポートは常に UTC です。</translation>
    </message>
    <message>
        <source>&amp;Times shown in:</source>
        <translation>時刻の表示(&amp;T):</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>the system accepted only %1 of %2 bytes</source>
        <translation>システムが受け付けたのは %2 バイト中 %1 バイトのみでした</translation>
    </message>
    <message>
        <source>Recording stopped: cannot create the recording folder %1.</source>
        <translation>記録を停止しました: 記録フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Recording stopped: cannot open %1: %2.</source>
        <translation>記録を停止しました: %1 を開けません: %2。</translation>
    </message>
    <message>
        <source>Recording stopped: the gzip compressor could not be started.</source>
        <translation>記録を停止しました: gzip 圧縮処理を開始できませんでした。</translation>
    </message>
    <message>
        <source>Recording stopped: cannot read the end of %1 to append to it: %2.</source>
        <translation>記録を停止しました: 追記のために %1 の末尾を読み取れません: %2。</translation>
    </message>
    <message>
        <source>Recording stopped: %1 ends in an incomplete gzip member, and it cannot be set aside in %2: %3.</source>
        <translation>記録を停止しました: %1 の末尾が不完全な gzip メンバーになっており、それを %2 に退避できません: %3。</translation>
    </message>
    <message>
        <source>Recording stopped: cannot cut the incomplete end off %1: %2.</source>
        <translation>記録を停止しました: %1 の不完全な末尾を切り捨てられません: %2。</translation>
    </message>
    <message>
        <source>Recording stopped: the gzip compressor failed.</source>
        <translation>記録を停止しました: gzip 圧縮処理に失敗しました。</translation>
    </message>
    <message>
        <source>Recording stopped: cannot write %1: %2.</source>
        <translation>記録を停止しました: %1 に書き込めません: %2。</translation>
    </message>
    <message>
        <source>%1 ended in an incomplete gzip member (%2 bytes, cut off by a crash or power loss): those bytes were moved to %3, and the recording continues after the last complete member.</source>
        <translation>%1 の末尾が不完全な gzip メンバーになっていました（%2 バイト、クラッシュまたは停電により途切れたもの）。そのバイトを %3 に移動し、最後の完全なメンバーの後から記録を続行します。</translation>
    </message>
</context>
<context>
    <name>RelayCommand</name>
    <message>
        <source>Relay one stream account to a NATS JetStream stream for a whole team.</source>
        <translation>1 つのストリームアカウントを NATS JetStream ストリームに中継し、チーム全体で共有します。</translation>
    </message>
    <message>
        <source>The NATS servers, comma-separated: nats://HOST:PORT or tls://HOST:PORT (with JetStream enabled).</source>
        <translation>NATS サーバー（カンマ区切り）: nats://HOST:PORT または tls://HOST:PORT（JetStream が有効なもの）。</translation>
    </message>
    <message>
        <source>URLS</source>
        <translation>URLS</translation>
    </message>
    <message>
        <source>The JetStream stream&apos;s name (default HYDRANT); created when missing.</source>
        <translation>JetStream ストリームの名前（既定: HYDRANT）。存在しない場合は作成します。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The subject prefix: messages are published on PREFIX.messages (default hydrant).</source>
        <translation>サブジェクトのプレフィックス。メッセージは PREFIX.messages に発行されます（既定: hydrant）。</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PREFIX</translation>
    </message>
    <message>
        <source>How long a stream created by the relay keeps messages: 90m, 12h, 7d (default 7d).</source>
        <translation>リレーが作成したストリームでメッセージを保持する期間: 90m、12h、7d など（既定: 7d）。</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>AGE</translation>
    </message>
    <message>
        <source>The NATS user name; its password comes from the HYDRANT_NATS_PASSWORD environment variable.</source>
        <translation>NATS のユーザー名。パスワードは環境変数 HYDRANT_NATS_PASSWORD から取得します。</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file for tls:// NATS servers (default: the system&apos;s).</source>
        <translation>tls:// の NATS サーバーについて、この PEM ファイル内の CA 証明書を信頼します（既定: システムの CA 証明書）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Give up (exit code 3) when JetStream has not stored a message for S seconds (default 30).</source>
        <translation>JetStream が S 秒間メッセージを保存しない場合に中止します（終了コード 3、既定: 30）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Stop after S seconds.</source>
        <translation>S 秒後に停止します。</translation>
    </message>
    <message>
        <source>Reconnect when no byte arrives for S seconds (default 30).</source>
        <translation>S 秒間 1 バイトも受信しない場合に再接続します（既定: 30）。</translation>
    </message>
    <message>
        <source>Seconds between status lines on standard error (default 5, 0 = none).</source>
        <translation>標準エラー出力に状況行を出力する間隔（秒、既定: 5、0 = 出力しない）。</translation>
    </message>
    <message>
        <source>At the end, print a JSON summary object to standard output.</source>
        <translation>終了時に、概要を JSON オブジェクトとして標準出力に出力します。</translation>
    </message>
    <message>
        <source>Drop stream lines longer than N bytes, counting them (default: the Preferences setting, %1).</source>
        <translation>N バイトを超えるストリームの行を破棄し、その数を数えます（既定: 環境設定の値、%1）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file for the stream (as %1 does).</source>
        <translation>ストリームについて、この PEM ファイル内の CA 証明書も信頼します（%1 と同様）。</translation>
    </message>
    <message>
        <source>Give the NATS servers with --nats nats://HOST:PORT[,...].</source>
        <translation>NATS サーバーを --nats nats://HOST:PORT[,...] で指定してください。</translation>
    </message>
    <message>
        <source>--max-age takes a span such as 90m, 12h or 7d.</source>
        <translation>--max-age には 90m、12h、7d のような期間を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>Created the JetStream stream %1 (%n replica(s)) on %2.</source>
        <translation>
            <numerusform>%2 上に JetStream ストリーム %1（レプリカ数 %n）を作成しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relaying to the JetStream stream %1 (%n replica(s)) on %2.</source>
        <translation>
            <numerusform>%2 上の JetStream ストリーム %1（レプリカ数 %n）に中継しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It holds %n message(s).</source>
        <translation>
            <numerusform>ストリームが保持しているメッセージは %n 件です。</numerusform>
        </translation>
    </message>
    <message>
        <source>The stream URL asks for no backfill (backfillMinutes=N or client=1): what the provider sent while no relay ran is not fetched again.</source>
        <translation>ストリーム URL でバックフィル（backfillMinutes=N または client=1）が指定されていません。リレーが動作していなかった間にプロバイダーが送信したメッセージは再取得されません。</translation>
    </message>
    <message>
        <source>%1 stored in %2</source>
        <translation>%2 に保存 %1 件</translation>
    </message>
    <message>
        <source>%1 already stored</source>
        <translation>保存済み %1 件</translation>
    </message>
    <message>
        <source>NATS: reconnecting</source>
        <translation>NATS: 再接続中</translation>
    </message>
    <message>
        <source>NATS: %1</source>
        <translation>NATS: %1</translation>
    </message>
    <message>
        <source>%1 messages arrived faster than JetStream stored them and were dropped.</source>
        <translation>JetStream の保存が追いつかなかったため、%1 件のメッセージを破棄しました。</translation>
    </message>
    <message>
        <source>hydrant-cli relay: hold the one connection an account allows and publish every message to a NATS JetStream stream, from which each member of a team reads it live or from any point it keeps (&apos;hydrant-cli stream --service nats&apos;).

Each message is stored once: its id is its Nats-Msg-Id, so what a restarted relay or a provider&apos;s backfill sends again within the stream&apos;s duplicate window (5 minutes) is dropped by JetStream. The resume cursor (Firestream seq_id, the firehose&apos;s sequence) travels with each stored message, so a relay started again - on any machine - continues after the last message the stream holds.

The stream&apos;s password comes from --password-stdin, else the HYDRANT_PASSWORD environment variable, else the OS secret store for --profile; never from the command line.

Exit codes: 0 normal end (duration or Ctrl+C), 1 usage error, 2 authentication failed (HTTP 401, or NATS refused the user name or password), 3 other fatal error (NATS unreachable, JetStream refused the messages, 406, TLS, refused URL).</source>
        <translation>hydrant-cli relay: アカウントに許可された 1 本の接続を維持し、すべてのメッセージを NATS JetStream ストリームに発行します。チームの各メンバーは、そこからライブで、またはストリームが保持している任意の時点から読み取ることができます（「hydrant-cli stream --service nats」）。

各メッセージは 1 回だけ保存されます。メッセージの ID を Nats-Msg-Id として使用するため、再起動したリレーやプロバイダーのバックフィルがストリームの重複検出ウィンドウ（5 分）内に再送したものは JetStream が破棄します。再開位置（Firestream の seq_id、ファイアホースのシーケンス番号）は保存される各メッセージとともに記録されるため、リレーを再度起動すると（どのマシンで起動しても）、ストリームが保持する最後のメッセージの後から続行します。

ストリームのパスワードは --password-stdin から、なければ環境変数 HYDRANT_PASSWORD から、それもなければ --profile のアカウントについて OS の資格情報ストアから取得します。コマンドラインから受け取ることはありません。

終了コード: 0 正常終了（指定時間の経過または Ctrl+C）、1 使用法の誤り、2 認証失敗（HTTP 401、または NATS がユーザー名かパスワードを拒否した）、3 その他の致命的なエラー（NATS に接続できない、JetStream がメッセージを拒否した、406、TLS、拒否された URL）。</translation>
    </message>
</context>
<context>
    <name>RelaySettings</name>
    <message>
        <source>No NATS server is given.</source>
        <translation>NATS サーバーが指定されていません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a JetStream stream name (letters, digits, &apos;-&apos; and &apos;_&apos;).</source>
        <translation>「%1」は有効な JetStream ストリーム名ではありません（英字、数字、「-」、「_」を使用できます）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a subject prefix (words of letters, digits, &apos;-&apos; and &apos;_&apos; separated by dots).</source>
        <translation>「%1」は有効なサブジェクトのプレフィックスではありません（英字、数字、「-」、「_」からなる語をドットで区切って指定します）。</translation>
    </message>
    <message>
        <source>The stream must keep messages at least as long as its duplicate window (5 minutes).</source>
        <translation>ストリームは、少なくとも重複検出ウィンドウ（5 分）の間はメッセージを保持する必要があります。</translation>
    </message>
    <message>
        <source>%1 is not encrypted: the NATS password is only sent over tls:// (or to this computer).</source>
        <translation>%1 は暗号化されていません。NATS のパスワードは tls:// 経由（またはこのコンピューター宛て）でのみ送信します。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a NATS server URL (nats://HOST:PORT or tls://HOST:PORT, without a user name or password).</source>
        <translation>「%1」は NATS サーバーの URL ではありません（ユーザー名やパスワードを含めずに、nats://HOST:PORT または tls://HOST:PORT の形式で指定してください）。</translation>
    </message>
</context>
<context>
    <name>RelayStartDialog</name>
    <message>
        <source>Connect to %1</source>
        <translation>%1 に接続</translation>
    </message>
    <message>
        <source>Where should the feed start?</source>
        <translation>フィードをどこから始めますか?</translation>
    </message>
    <message>
        <source>&amp;Live only (from now)</source>
        <translation>ライブのみ（今から）(&amp;L)</translation>
    </message>
    <message>
        <source>The last &amp;N minutes:</source>
        <translation>直近 N 分間(&amp;N):</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>&amp;Since a time:</source>
        <translation>指定した時刻から(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Everything the stream keeps</source>
        <translation>ストリームが保持しているすべて(&amp;E)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
</context>
<context>
    <name>RelayStreamCommand</name>
    <message>
        <source>Read a team relay&apos;s stream from NATS JetStream.</source>
        <translation>チーム用リレーのストリームを NATS JetStream から読み取ります。</translation>
    </message>
    <message>
        <source>nats: read a team relay&apos;s stream.</source>
        <translation>nats: チーム用リレーのストリームを読み取ります。</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <source>The NATS servers, comma-separated: nats://HOST:PORT or tls://HOST:PORT.</source>
        <translation>NATS サーバー（カンマ区切り）: nats://HOST:PORT または tls://HOST:PORT。</translation>
    </message>
    <message>
        <source>URLS</source>
        <translation>URLS</translation>
    </message>
    <message>
        <source>The JetStream stream&apos;s name (default HYDRANT).</source>
        <translation>JetStream ストリームの名前（既定: HYDRANT）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The relay&apos;s subject prefix (default hydrant).</source>
        <translation>リレーのサブジェクトのプレフィックス（既定: hydrant）。</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PREFIX</translation>
    </message>
    <message>
        <source>Where to start: new (default: what arrives from now on), all (everything the stream keeps), a span back from now (30m, 1h, 2d) or a time (2024-03-11T09:00Z).</source>
        <translation>読み取りの開始位置: new（既定、今後届くメッセージ）、all（ストリームが保持するすべてのメッセージ）、現在からさかのぼる期間（30m、1h、2d）、または時刻（2024-03-11T09:00Z）。</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WHEN</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file for tls:// servers (default: the system&apos;s).</source>
        <translation>tls:// のサーバーについて、この PEM ファイル内の CA 証明書を信頼します（既定: システムの CA 証明書）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Stop after S seconds.</source>
        <translation>S 秒後に停止します。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Stop after N messages.</source>
        <translation>N 件のメッセージを受信したら停止します。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Write each message&apos;s JSON line to standard output.</source>
        <translation>各メッセージの JSON 行を標準出力に書き出します。</translation>
    </message>
    <message>
        <source>At the end, print a JSON summary object to standard output.</source>
        <translation>終了時に、概要を JSON オブジェクトとして標準出力に出力します。</translation>
    </message>
    <message>
        <source>Seconds between status lines on standard error (default 5, 0 = none).</source>
        <translation>標準エラー出力に状況行を出力する間隔（秒、既定: 5、0 = 出力しない）。</translation>
    </message>
    <message>
        <source>Give the NATS servers with --url nats://HOST:PORT[,...].</source>
        <translation>NATS サーバーを --url nats://HOST:PORT[,...] で指定してください。</translation>
    </message>
    <message>
        <source>%1 messages · %2/s · sequence %3 · %4</source>
        <translation>メッセージ %1 件 · %2 件/秒 · シーケンス %3 · %4</translation>
    </message>
    <message>
        <source>NATS: reconnecting</source>
        <translation>NATS: 再接続中</translation>
    </message>
    <message>
        <source>NATS: %1</source>
        <translation>NATS: %1</translation>
    </message>
    <message>
        <source>hydrant-cli stream --service nats: read the stream a team relay (&apos;hydrant-cli relay&apos;) keeps in NATS JetStream, in order, each message once. When a server of the cluster goes away, reading continues on another one after the last message received.

Exit codes: 0 normal end (duration, message count or Ctrl+C), 1 usage error, 2 authentication failed (NATS refused the user name or password), 3 other fatal error (NATS unreachable, TLS, no such stream).</source>
        <translation>hydrant-cli stream --service nats: チーム用リレー（「hydrant-cli relay」）が NATS JetStream に保持しているストリームを、順番どおりに各メッセージを 1 回ずつ読み取ります。クラスターのサーバーが停止した場合は、別のサーバーで、最後に受信したメッセージの後から読み取りを続行します。

終了コード: 0 正常終了（指定時間の経過、メッセージ数への到達、または Ctrl+C）、1 使用法の誤り、2 認証失敗（NATS がユーザー名かパスワードを拒否した）、3 その他の致命的なエラー（NATS に接続できない、TLS、ストリームが存在しない）。</translation>
    </message>
</context>
<context>
    <name>ResumeState</name>
    <message>
        <source>Cannot read the state file %1: %2</source>
        <translation>状態ファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is not a stream state file of Hydrant.</source>
        <translation>%1 は Hydrant のストリーム状態ファイルではありません。</translation>
    </message>
    <message>
        <source>Cannot write the state file %1: %2</source>
        <translation>状態ファイル %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The saved position (item %1, saved %2) is older than the service keeps (%3 hours): the items since then cannot be fetched; continuing from the live position.</source>
        <translation>保存された位置（アイテム %1、%2 に保存）は、サービスが保持する期間（%3 時間）より古いため、それ以降のアイテムは取得できません。現在のライブ位置から続行します。</translation>
    </message>
</context>
<context>
    <name>Screenshotter</name>
    <message>
        <source>Could not write %1</source>
        <translation>%1 に書き込めませんでした</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No secret store is available (%1), so the password is kept in memory for this run only and must be entered again next time. To save it, run a Secret Service such as GNOME Keyring or KWallet in your session.</source>
        <translation>資格情報ストアを利用できない（%1）ため、パスワードはこの実行中のみメモリに保持され、次回は再入力が必要です。保存するには、GNOME Keyring や KWallet などの Secret Service をセッションで実行してください。</translation>
    </message>
    <message>
        <source>The secret store did not give access (%1), so the password is kept in memory for this run only. If you dismissed its prompt or the keyring is locked, unlock it and save the password again.</source>
        <translation>資格情報ストアがアクセスを許可しなかったため (%1)、パスワードは今回の実行中だけメモリに保持されます。確認画面を閉じた場合やキーリングがロックされている場合は、ロックを解除してからもう一度パスワードを保存してください。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>どこでも</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Search by action, key or page</source>
        <translation>操作、キー、ページで検索</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>A file&apos;s shortcuts are listed while a file is open in the Files page.</source>
        <translation>ファイル用のショートカットは、ファイルページでファイルを開いているときに表示されます。</translation>
    </message>
</context>
<context>
    <name>SimCertificates</name>
    <message>
        <source>The openssl command is needed to create test certificates: %1</source>
        <translation>テスト用証明書の作成には openssl コマンドが必要です: %1</translation>
    </message>
    <message>
        <source>openssl %1 failed: %2</source>
        <translation>openssl %1 が失敗しました: %2</translation>
    </message>
    <message>
        <source>The CA certificate could not be read.</source>
        <translation>CA 証明書を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Could not read the certificate “%1” or the key “%2”.</source>
        <translation>証明書「%1」または鍵「%2」を読み取れませんでした。</translation>
    </message>
</context>
<context>
    <name>SimCommand</name>
    <message>
        <source>Run the endpoint simulator for both services.</source>
        <translation>両サービスのエンドポイントシミュレーターを実行します。</translation>
    </message>
    <message>
        <source>Serve HTTPS with a certificate made for this run by openssl (its CA file is printed).</source>
        <translation>今回の実行用に openssl で作成した証明書で HTTPS を提供します（CA ファイルのパスを出力します）。</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate.</source>
        <translation>この PEM 証明書で HTTPS を提供します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The PEM private key of --tls-cert.</source>
        <translation>--tls-cert の PEM 秘密鍵。</translation>
    </message>
    <message>
        <source>Messages per second, or &apos;max&apos; for as fast as the client reads (default 20; 0: heartbeats only).</source>
        <translation>1 秒あたりのメッセージ数。「max」を指定すると、クライアントが読み取れる限りの速さで送信します（既定: 20、0: ハートビートのみ）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seconds between heartbeats (default 10).</source>
        <translation>ハートビートの間隔（秒、既定: 10）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Inject a fault; repeatable. Syntax: %1.</source>
        <translation>障害を注入します（複数回指定可）。構文: %1。</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>spec</translation>
    </message>
    <message>
        <source>Port of the stream and backups listener; the storage origin takes the next one (default: free ports).</source>
        <translation>ストリームとバックアップを待ち受けるポート。ストレージのオリジンには次のポートを使用します（既定: 空いているポート）。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Print one JSON object (stream_url, backups_url, storage_url, user, password, ca_file) as the first line.</source>
        <translation>1 行目に JSON オブジェクト（stream_url、backups_url、storage_url、user、password、ca_file）を 1 つ出力します。</translation>
    </message>
    <message>
        <source>Seed of all synthetic content (default 1).</source>
        <translation>すべての合成コンテンツのシード値（既定: 1）。</translation>
    </message>
    <message>
        <source>Pad stream messages to about this many bytes (default: natural size).</source>
        <translation>ストリームのメッセージを、およそこのバイト数になるまで埋めます（既定: 本来のサイズ）。</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>Message shape: stocktwits, wrapped, activitystreams, twitter or mixed.</source>
        <translation>メッセージの形式: stocktwits、wrapped、activitystreams、twitter、mixed のいずれか。</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>shape</translation>
    </message>
    <message>
        <source>Compressed size of each day&apos;s backup file, with k, M or G (default 2M).</source>
        <translation>各日のバックアップファイルの圧縮後のサイズ（k、M、G を付けて指定、既定: 2M）。</translation>
    </message>
    <message>
        <source>How the stream is gzipped: deflate (zlib per connection, the default) or precompressed (cheapest for the simulator, ratio 1.3:1).</source>
        <translation>ストリームの gzip 圧縮方法: deflate（接続ごとに zlib で圧縮、既定）または precompressed（シミュレーターの負荷が最も低い、圧縮率 1.3:1）。</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>Write backup files as several gzip members.</source>
        <translation>バックアップファイルを複数の gzip メンバーとして書き込みます。</translation>
    </message>
    <message>
        <source>The account&apos;s user name (default demo@example.com).</source>
        <translation>アカウントのユーザー名（既定: demo@example.com）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>hydrant-cli sim: run the local simulator of the stream and backup services until interrupted.
The password is random for each run unless HYDRANT_SIM_PASSWORD is set.</source>
        <translation>hydrant-cli sim: ストリームサービスとバックアップサービスのローカルシミュレーターを、中断されるまで実行します。
HYDRANT_SIM_PASSWORD が設定されていない場合、パスワードは実行ごとにランダムに決まります。</translation>
    </message>
    <message>
        <source>--shape takes stocktwits, wrapped, activitystreams, twitter or mixed.</source>
        <translation>--shape には stocktwits、wrapped、activitystreams、twitter、mixed のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--file-size takes a size such as 512k, 20M or 2G.</source>
        <translation>--file-size には 512k、20M、2G のようなサイズを指定してください。</translation>
    </message>
    <message>
        <source>--stream-encoding takes auto, deflate or precompressed.</source>
        <translation>--stream-encoding には auto、deflate、precompressed のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert と --tls-key は一緒に指定してください。</translation>
    </message>
    <message>
        <source>The simulator could not start: %1</source>
        <translation>シミュレーターを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>Stream URL:       %1</source>
        <translation>ストリーム URL:            %1</translation>
    </message>
    <message>
        <source>Backups base URL: %1  (e.g. %2)</source>
        <translation>バックアップのベース URL:  %1  (例: %2)</translation>
    </message>
    <message>
        <source>User:             %1</source>
        <translation>ユーザー:                  %1</translation>
    </message>
    <message>
        <source>Password:         %1</source>
        <translation>パスワード:                %1</translation>
    </message>
    <message>
        <source>CA certificate:   %1</source>
        <translation>CA 証明書:                 %1</translation>
    </message>
    <message>
        <source>Serving until interrupted (Ctrl+C).</source>
        <translation>Ctrl+C で中断されるまでサービスを提供します。</translation>
    </message>
    <message>
        <source>Stopped after %1 s: %2 messages sent (%3 per second) on %4 stream connections, %5 requests answered.</source>
        <translation>%1 秒後に停止しました: %4 個のストリーム接続で %2 件のメッセージを送信（毎秒 %3 件）、%5 件のリクエストに応答しました。</translation>
    </message>
    <message>
        <source>--rate takes a number of messages per second up to 10000000, or &apos;max&apos;.</source>
        <translation>--rate には 1 秒あたりのメッセージ数（10000000 まで）または「max」を指定してください。</translation>
    </message>
</context>
<context>
    <name>SimFault</name>
    <message>
        <source>Unknown service “%1” in fault “%2”: use stream, backups or storage.</source>
        <translation>障害「%2」のサービス「%1」は不明です。stream、backups、storage のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>Unknown fault “%1”.</source>
        <translation>不明な障害「%1」です。</translation>
    </message>
    <message>
        <source>“%1” is not an amount (a whole number, optionally with k, M or G).</source>
        <translation>「%1」は量として解釈できません（整数で指定し、必要に応じて k、M、G を付けてください）。</translation>
    </message>
    <message>
        <source>“%1” is not understood in fault “%2”: use times=N.</source>
        <translation>障害「%2」の「%1」を解釈できません。times=N を使用してください。</translation>
    </message>
    <message>
        <source>[stream:|backups:|storage:]KIND[=AMOUNT][,times=N] with KIND one of %1</source>
        <translation>[stream:|backups:|storage:]KIND[=AMOUNT][,times=N]（KIND は %1 のいずれか）</translation>
    </message>
</context>
<context>
    <name>StreamCommand</name>
    <message>
        <source>%1 messages</source>
        <translation>メッセージ %1 件</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1 件/秒</translation>
    </message>
    <message>
        <source>%1 reconnects</source>
        <translation>再接続 %1 回</translation>
    </message>
    <message>
        <source>%1 duplicates dropped</source>
        <translation>重複破棄 %1 件</translation>
    </message>
    <message>
        <source>%1 malformed</source>
        <translation>不正な形式 %1 件</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>受信 %1</translation>
    </message>
    <message>
        <source>Connect to a realtime stream, print or record it.</source>
        <translation>リアルタイムストリームに接続し、出力または記録します。</translation>
    </message>
    <message>
        <source>The stream URL.</source>
        <translation>ストリームの URL。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The user name (e-mail address).</source>
        <translation>ユーザー名（メールアドレス）。</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>Use a saved stream account (see &apos;hydrant-cli account&apos;); --url and --user override it.</source>
        <translation>保存済みのストリームアカウントを使用します（「hydrant-cli account」を参照）。--url と --user で上書きできます。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>パスワードを標準入力の 1 行目から読み取ります。</translation>
    </message>
    <message>
        <source>Record the messages to DIR/{label}_{yyyy}_{mm}_{dd}.jsonl.gz.</source>
        <translation>メッセージを DIR/{label}_{yyyy}_{mm}_{dd}.jsonl.gz に記録します。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Stop after S seconds.</source>
        <translation>S 秒後に停止します。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Stop after N messages.</source>
        <translation>N 件のメッセージを受信したら停止します。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Reconnect when no byte arrives for S seconds (default 30).</source>
        <translation>S 秒間 1 バイトも受信しない場合に再接続します（既定: 30）。</translation>
    </message>
    <message>
        <source>Write each message&apos;s JSON line to standard output.</source>
        <translation>各メッセージの JSON 行を標準出力に書き出します。</translation>
    </message>
    <message>
        <source>At the end, print a JSON summary object to standard output.</source>
        <translation>終了時に、概要を JSON オブジェクトとして標準出力に出力します。</translation>
    </message>
    <message>
        <source>Seconds between status lines on standard error (default 5, 0 = none).</source>
        <translation>標準エラー出力に状況行を出力する間隔（秒、既定: 5、0 = 出力しない）。</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (as %1 does).</source>
        <translation>この PEM ファイル内の CA 証明書も信頼します（%1 と同様）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>hydrant-cli stream: connect to a realtime stream with Hydrant&apos;s stream client (gzip, reconnects with backoff, duplicate dropping), print or record it.

The password comes from --password-stdin, else the HYDRANT_PASSWORD environment variable, else the OS secret store for --profile. It is never taken from the command line.

Exit codes: 0 normal end (duration, message count or Ctrl+C), 1 usage error, 2 authentication failed (HTTP 401), 3 other fatal error (406, TLS, refused URL, recording failed).</source>
        <translation>hydrant-cli stream: Hydrant のストリームクライアント（gzip、バックオフ付きの再接続、重複の破棄）でリアルタイムストリームに接続し、出力または記録します。

パスワードは --password-stdin から、なければ環境変数 HYDRANT_PASSWORD から、それもなければ --profile のアカウントについて OS の資格情報ストアから取得します。コマンドラインから受け取ることはありません。

終了コード: 0 正常終了（指定時間の経過、メッセージ数への到達、または Ctrl+C）、1 使用法の誤り、2 認証失敗（HTTP 401）、3 その他の致命的なエラー（406、TLS、拒否された URL、記録の失敗）。</translation>
    </message>
    <message>
        <source>There is no stream account named &apos;%1&apos; (see &apos;hydrant-cli account list&apos;).</source>
        <translation>「%1」という名前のストリームアカウントはありません（「hydrant-cli account list」を参照）。</translation>
    </message>
    <message>
        <source>Give --url and --user, or --profile NAME.</source>
        <translation>--url と --user、または --profile NAME を指定してください。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>%1 too long, dropped</source>
        <translation>長すぎて破棄 %1 件</translation>
    </message>
    <message>
        <source>Drop stream lines longer than N bytes, counting them (default: the Preferences setting, %1).</source>
        <translation>N バイトを超えるストリームの行を破棄し、その数を数えます（既定: 環境設定の値、%1）。</translation>
    </message>
    <message>
        <source>The stream&apos;s protocol: gnip (default; \r\n lines), firestream (StockTwits Firestream, server-sent events, resumes with seq_id) or stocktwits-firehose (the older StockTwits firehose, resumes with last_sequence_id or last_message_id).</source>
        <translation>ストリームのプロトコル: gnip（既定、\r\n 区切りの行）、firestream（StockTwits Firestream、Server-Sent Events、seq_id で再開）、stocktwits-firehose（旧 StockTwits ファイアホース、last_sequence_id または last_message_id で再開）。</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <source>Keep the resume position in FILE: saved after each item is recorded or printed; a run started again within the service&apos;s replay window (Firestream: 24 hours) continues after the last item saved. A gap that cannot be fetched is reported.</source>
        <translation>再開位置を FILE に保持します。アイテムを記録または出力するたびに保存され、サービスの再送期間（Firestream: 24 時間）内に再度実行すると、最後に保存したアイテムの後から続行します。取得できない欠落があれば報告します。</translation>
    </message>
    <message>
        <source>--service must be one of: %1.</source>
        <translation>--service には次のいずれかを指定してください: %1。</translation>
    </message>
    <message>
        <source>%1 has no resume position: --state keeps nothing (the stream&apos;s own backfill and duplicate dropping apply).</source>
        <translation>%1 には再開位置がないため、--state は何も保持しません（ストリーム自体のバックフィルと重複の破棄が適用されます）。</translation>
    </message>
    <message>
        <source>The state file %1 belongs to another stream (%2, %3): give another --state file.</source>
        <translation>状態ファイル %1 は別のストリーム（%2、%3）のものです。別の --state ファイルを指定してください。</translation>
    </message>
    <message>
        <source>This Hydrant was built without NATS: it cannot read a team relay.</source>
        <translation>この Hydrant は NATS なしでビルドされているため、チーム用リレーを読み取れません。</translation>
    </message>
    <message>
        <source>A team relay&apos;s stream in NATS JetStream is read with --service nats (see &apos;hydrant-cli stream --service nats --help&apos;).</source>
        <translation>NATS JetStream 内のチーム用リレーのストリームは --service nats で読み取ります（「hydrant-cli stream --service nats --help」を参照）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a team relay account: read it with --service nats --url %2 --stream %3.</source>
        <translation>&apos;%1&apos; はチームリレーのアカウントです。--service nats --url %2 --stream %3 で読み取ってください。</translation>
    </message>
</context>
<context>
    <name>StreamProfile</name>
    <message>
        <source>The account needs a name.</source>
        <translation>アカウントの名前を入力してください。</translation>
    </message>
    <message>
        <source>The stream URL still contains %1: fill in that field or paste the URL from the dashboard.</source>
        <translation>ストリーム URL にまだ %1 が含まれています。そのフィールドに入力するか、ダッシュボードから URL を貼り付けてください。</translation>
    </message>
    <message>
        <source>Enter the user name (the e-mail address you sign in with).</source>
        <translation>ユーザー名（サインインに使用するメールアドレス）を入力してください。</translation>
    </message>
    <message>
        <source>Backfill covers at most 5 minutes.</source>
        <translation>バックフィルは最大 5 分間です。</translation>
    </message>
</context>
<context>
    <name>StreamServiceKind</name>
    <message>
        <source>Gnip firehose</source>
        <translation>Gnip ファイアホース</translation>
    </message>
    <message>
        <source>StockTwits Firestream</source>
        <translation>StockTwits Firestream</translation>
    </message>
    <message>
        <source>StockTwits firehose (older)</source>
        <translation>StockTwits ファイアホース（旧）</translation>
    </message>
    <message>
        <source>Team relay (NATS)</source>
        <translation>チームリレー（NATS）</translation>
    </message>
</context>
<context>
    <name>TableFollower</name>
    <message>
        <source>Follow</source>
        <translation>追従</translation>
    </message>
    <message>
        <source>Keep the newest lines in view while the file grows; scrolling up stops following</source>
        <translation>ファイルが大きくなる間、最新の行を表示し続けます。上にスクロールすると追従を止めます</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>CA ファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>ファイル %1 に PEM 証明書が含まれていません。</translation>
    </message>
</context>
<context>
    <name>VersionInfo</name>
    <message>
        <source>built in (zip, tar, 7z, xz, bzip2, zstd)</source>
        <translation>組み込み済み（zip、tar、7z、xz、bzip2、zstd）</translation>
    </message>
    <message>
        <source>not built in (gzip and plain JSON lines only)</source>
        <translation>組み込まれていません（gzip とプレーンな JSON Lines のみ）</translation>
    </message>
    <message>
        <source>Hydrant %1
Qt %2 (built with %3)
KArchive: %4</source>
        <translation>Hydrant %1
Qt %2（ビルド時: %3）
KArchive: %4</translation>
    </message>
    <message>
        <source>ISA-L: not built in (zlib inflates gzip files)</source>
        <translation>ISA-L: 組み込まれていません (gzip ファイルは zlib で展開します)</translation>
    </message>
    <message>
        <source>NATS: not built in (no team relay)</source>
        <translation>NATS: 組み込まれていません（チーム用リレーなし）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: hydrant-cli COMMAND [options]

The headless side of Hydrant: stream, download, inspect archives, manage accounts and run the simulator.

Commands:
</source>
        <translation>使用法: hydrant-cli COMMAND [オプション]

Hydrant のヘッドレス版です。ストリームの受信、ダウンロード、アーカイブの調査、アカウントの管理、シミュレーターの実行を行います。

コマンド:
</translation>
    </message>
    <message>
        <source>
Run &apos;hydrant-cli COMMAND --help&apos; for the options of a command.
Exit codes: 0 success, 1 usage error, 2 authentication failed, 3 other failure.
Passwords are read from --password-stdin or the HYDRANT_PASSWORD environment variable, or from the OS secret store for a saved account; never from the command line.</source>
        <translation>
各コマンドのオプションについては「hydrant-cli COMMAND --help」を実行してください。
終了コード: 0 成功、1 使用法の誤り、2 認証失敗、3 その他の失敗。
パスワードは --password-stdin または環境変数 HYDRANT_PASSWORD から、保存済みのアカウントの場合は OS の資格情報ストアから読み取ります。コマンドラインから読み取ることはありません。</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>不明なコマンド「%1」です。</translation>
    </message>
    <message>
        <source>Hydrant: watch realtime social-data streams, download their daily backups and explore the archives.</source>
        <translation>Hydrant: リアルタイムのソーシャルデータストリームを監視し、その日次バックアップをダウンロードして、アーカイブを調べます。</translation>
    </message>
    <message>
        <source>Show version information.</source>
        <translation>バージョン情報を表示します。</translation>
    </message>
    <message>
        <source>Run against the built-in simulator with demo credentials.</source>
        <translation>デモ用の認証情報で内蔵シミュレーターに接続して実行します。</translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit.</source>
        <translation>ウィンドウを PNG ファイルに描画して終了します。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Page to show: live, backups or files.</source>
        <translation>表示するページ: live、backups、files のいずれか。</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>Seconds to wait before the screenshot (default 1.5).</source>
        <translation>スクリーンショットを撮るまでの待ち時間（秒、既定: 1.5）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Unknown page &apos;%1&apos;: use live, backups or files.</source>
        <translation>不明なページ「%1」です。live、backups、files のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>--after needs a number of seconds.</source>
        <translation>--after には秒数を指定してください。</translation>
    </message>
    <message>
        <source>This Hydrant was built without NATS: it has no team relay.</source>
        <translation>この Hydrant は NATS なしでビルドされているため、チーム用リレーは使用できません。</translation>
    </message>
    <message>
        <source>Archives to open in the Files page; several files or a folder open as one dataset.</source>
        <translation>ファイルページで開くアーカイブ。複数のファイルやフォルダーは 1 つのデータセットとして開きます。</translation>
    </message>
</context>
</TS>
