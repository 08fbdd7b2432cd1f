<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackupResolver</name>
    <message numerus="yes">
        <source>The backup service at %1 accepted the request but did not answer within %n second(s).</source>
        <translation>
            <numerusform>The backup service at %1 accepted the request but did not answer within %n second.</numerusform>
            <numerusform>The backup service at %1 accepted the request but did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup service at %1 could not be reached within %n second(s).</source>
        <translation>
            <numerusform>The backup service at %1 could not be reached within %n second.</numerusform>
            <numerusform>The backup service at %1 could not be reached within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message numerus="yes">
        <source>(%n file(s))</source>
        <translation>
            <numerusform>(%n file)</numerusform>
            <numerusform>(%n files)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) queued.</source>
        <translation>
            <numerusform>%n file queued.</numerusform>
            <numerusform>%n files queued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already on disk.</source>
        <translation>
            <numerusform>%n already on disk.</numerusform>
            <numerusform>%n already on disk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the queue.</source>
        <translation>
            <numerusform>%n already in the queue.</numerusform>
            <numerusform>%n already in the queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n paused</numerusform>
            <numerusform>%n paused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not available</source>
        <translation>
            <numerusform>%n not available</numerusform>
            <numerusform>%n not available</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n download(s) and delete the %1 already downloaded?</source>
        <translation>
            <numerusform>Cancel %n download and delete the %1 already downloaded?</numerusform>
            <numerusform>Cancel %n downloads and delete the %1 already downloaded?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n failed download(s).</source>
        <translation>
            <numerusform>Retrying %n failed download.</numerusform>
            <numerusform>Retrying %n failed downloads.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionStatusBar</name>
    <message numerus="yes">
        <source>%n too long</source>
        <comment>lines dropped for exceeding the length limit</comment>
        <translation>
            <numerusform>%n too long</numerusform>
            <numerusform>%n too long</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetView</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <extracomment>The title of a tab showing several files read as one dataset.</extracomment>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing %1 of %n file(s)…</source>
        <extracomment>While the files of a dataset are indexed: &quot;Indexing 3 of 30 files…&quot;.</extracomment>
        <translation>
            <numerusform>Indexing %1 of %n file…</numerusform>
            <numerusform>Indexing %1 of %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the index cache</source>
        <translation>
            <numerusform>%n from the index cache</numerusform>
            <numerusform>%n from the index cache</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) have problems (hover here for the list).</source>
        <translation>
            <numerusform>%n more file has problems (hover here for the list).</numerusform>
            <numerusform>%n more files have problems (hover here for the list).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1* (%n file(s))</source>
        <extracomment>The title of a tab showing several files whose names begin alike, read as one dataset: &quot;stocktwits_message_2024_01_* (3 files)&quot;.</extracomment>
        <translation>
            <numerusform>%1* (%n file)</numerusform>
            <numerusform>%1* (%n files)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadCommand</name>
    <message numerus="yes">
        <source>%n file(s) to download, %1 already on disk, into %2</source>
        <translation>
            <numerusform>%n file to download, %1 already on disk, into %2</numerusform>
            <numerusform>%n files to download, %1 already on disk, into %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>progress       %1 of %n file(s) finished, %2 running, %3 received, %4/s</source>
        <translation>
            <numerusform>progress       %1 of %n file finished, %2 running, %3 received, %4/s</numerusform>
            <numerusform>progress       %1 of %n files finished, %2 running, %3 received, %4/s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadNotifier</name>
    <message numerus="yes">
        <source>%n file(s) downloaded</source>
        <translation>
            <numerusform>%n file downloaded</numerusform>
            <numerusform>%n files downloaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not available</source>
        <translation>
            <numerusform>%n not available</numerusform>
            <numerusform>%n not available</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadQueue</name>
    <message numerus="yes">
        <source>Retrying in %n second(s).</source>
        <translation>
            <numerusform>Retrying in %n second.</numerusform>
            <numerusform>Retrying in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No “%1” file was found on any of the %n day(s) asked for: the file type “%1” does not seem to exist for this account. Check the list of file types on your dashboard (the documented types are “activity” and “message”).</source>
        <translation>
            <numerusform>No “%1” file was found on any of the %n day asked for: the file type “%1” does not seem to exist for this account. Check the list of file types on your dashboard (the documented types are “activity” and “message”).</numerusform>
            <numerusform>No “%1” file was found on any of the %n days asked for: the file type “%1” does not seem to exist for this account. Check the list of file types on your dashboard (the documented types are “activity” and “message”).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n tries.</source>
        <translation>
            <numerusform>Gave up after %n try.</numerusform>
            <numerusform>Gave up after %n tries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n failed tries in a row.</source>
        <translation>
            <numerusform>Gave up after %n failed try in a row.</numerusform>
            <numerusform>Gave up after %n failed tries in a row.</numerusform>
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
</context>
<context>
    <name>ExportNotice</name>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <extracomment>After an export: &quot;Exported 1,204 rows to day-export.jsonl.gz.&quot;</extracomment>
        <translation>
            <numerusform>Exported %Ln row to %1.</numerusform>
            <numerusform>Exported %Ln rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileSearch</name>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JetStreamSource</name>
    <message numerus="yes">
        <source>Connected to %1 (stream %2), %n message(s) behind.</source>
        <translation>
            <numerusform>Connected to %1 (stream %2), %n message behind.</numerusform>
            <numerusform>Connected to %1 (stream %2), %n messages behind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n download(s) are still running. Quit anyway?</source>
        <translation>
            <numerusform>%n download is still running. Quit anyway?</numerusform>
            <numerusform>%n downloads are still running. Quit anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the last session are gone: %1</source>
        <translation>
            <numerusform>%n file of the last session is gone: %1</numerusform>
            <numerusform>%n files of the last session are gone: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayCommand</name>
    <message numerus="yes">
        <source>Created the JetStream stream %1 (%n replica(s)) on %2.</source>
        <translation>
            <numerusform>Created the JetStream stream %1 (%n replica) on %2.</numerusform>
            <numerusform>Created the JetStream stream %1 (%n replicas) on %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relaying to the JetStream stream %1 (%n replica(s)) on %2.</source>
        <translation>
            <numerusform>Relaying to the JetStream stream %1 (%n replica) on %2.</numerusform>
            <numerusform>Relaying to the JetStream stream %1 (%n replicas) on %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It holds %n message(s).</source>
        <translation>
            <numerusform>It holds %n message.</numerusform>
            <numerusform>It holds %n messages.</numerusform>
        </translation>
    </message>
</context>
</TS>
