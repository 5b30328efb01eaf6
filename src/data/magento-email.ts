/**
 * Magento facts behind the async e-mail command builder (/tools/magento-email/). Each entry names
 * its source: [MG:path] is the Magento source (magento/magento2, or mage-os/mageos-magento2 for newer
 * copies), [S] the integration FAQ, [M:path] Resurs' public docs. See shared domain facts §5.
 */

/** One Magento configuration value the procedure sets. */
export interface ConfigValue {
  path: string;
  /** Magento's default, as written in config.xml. */
  defaultValue: string;
  /** The label in Admin. */
  adminLabel: string;
  source: string;
}

/** Asynchronous sending: 0 = send inside the request (sync), 1 = flag it for cron (async). */
export const asyncSending: ConfigValue = {
  path: 'sales_email/general/async_sending',
  defaultValue: '0',
  adminLabel: 'Asynchronous sending',
  source: 'MG:app/code/Magento/Sales/etc/config.xml; etc/adminhtml/system.xml',
};

/** How many entities (orders, invoices, …) each e-mail cron job handles per run; shown only when async = 1. */
export const sendingLimit: ConfigValue & { min: number; max: number } = {
  path: 'sales_email/general/sending_limit',
  defaultValue: '50',
  adminLabel: 'Limit per cron run',
  /* Admin validates "validate-greater-than-zero"; the upper bound is this tool's own sanity limit. */
  min: 1,
  max: 100_000,
  source: 'MG:app/code/Magento/Sales/etc/config.xml; etc/adminhtml/system.xml',
};

/** Where both fields sit in Admin. Both are showInDefault="1" only: no website or store value. */
export const adminLocation = {
  path: 'Stores › Configuration › Sales › Sales Emails › General Settings',
  scope: 'Default Config only',
  source: 'MG:app/code/Magento/Sales/etc/adminhtml/system.xml (mage-os)',
} as const;

/** The cron jobs that send sales e-mails when sending is asynchronous. */
export const emailCron = {
  group: 'default',
  schedule: '*/1 * * * *',
  jobs: [
    'sales_send_order_emails',
    'sales_send_order_invoice_emails',
    'sales_send_order_shipment_emails',
    'sales_send_order_creditmemo_emails',
  ],
  /** The lines cron:install writes into the crontab are wrapped in these markers. */
  crontabMarkers: ['#~ MAGENTO START', '#~ MAGENTO END'],
  /** cron:install refuses to run twice (without --force) with this message and a failure code. */
  alreadyInstalledMessage: 'Crontab has already been generated and saved',
  source:
    'MG:app/code/Magento/Sales/etc/crontab.xml; Cron/Console/Command/CronInstallCommand.php; Framework/Crontab/CrontabManagerInterface.php',
} as const;

/** The look-back window of asynchronous sending: only entities created after (save time − 1 day). */
export const asyncCutOff = {
  modifyStartFromDate: '-1 day',
  source: 'MG:app/code/Magento/Sales/Model/EmailSenderHandler.php and its unit tests',
  resursDocs: 'Resurs’ docs describe it instead as orders not e-mailed within 24 hours being dropped (Magento 2.4.3)',
  resursDocsSource: 'M:docs/platform-plugins/magento-modules/magento24-payment-gateway-documentation.md',
} as const;

/** The ways to lock a value with config:set. */
export type LockId = 'none' | 'env' | 'config';

/** What a lock option does, in the merchant's terms. */
export interface LockMode {
  id: LockId;
  /** The config:set option, or null for none. */
  option: '--lock-env' | '--lock-config' | null;
  label: string;
  /** Where Magento writes the value. */
  writesTo: string;
  /** Whether the field can still be changed in Admin. */
  admin: string;
  /** What to commit to version control. */
  commit: string;
  source: string;
}

export const lockModes: readonly LockMode[] = [
  {
    id: 'none',
    option: null,
    label: 'No lock',
    writesTo: 'the database (table core_config_data), like saving it in Admin',
    admin: 'Admin can still change it',
    commit: 'Nothing to commit',
    source: 'MG:app/code/Magento/Config/Console/Command/ConfigSetCommand.php',
  },
  {
    id: 'env',
    option: '--lock-env',
    label: 'Lock in env.php (--lock-env)',
    writesTo: 'app/etc/env.php, the file for this server only',
    admin: 'Admin shows the field locked',
    commit: "Don't commit env.php (it holds this server's settings and passwords): set it on every server",
    source: 'MG:app/code/Magento/Config/Console/Command/ConfigSetCommand.php',
  },
  {
    id: 'config',
    option: '--lock-config',
    label: 'Lock in config.php (--lock-config)',
    writesTo: 'app/etc/config.php, the file shared by all environments',
    admin: 'Admin shows the field locked',
    commit: 'Commit app/etc/config.php so that every environment gets the value',
    source: 'MG:app/code/Magento/Config/Console/Command/ConfigSetCommand.php',
  },
];

/** Magento's answer to a plain config:set on a value locked earlier (2.2+; older releases word it differently). */
export const lockedErrorMessage = {
  text: 'The value you set has already been locked. To change the value, use the --lock-env option.',
  source: 'MG:app/code/Magento/Config/Console/Command/ConfigSet/DefaultProcessor.php',
} as const;

/** Old config:show prints this for a value of 0 or empty (magento/magento2#23290, fixed in 2.4.x by PR #28549). */
export const configShowCaveat = {
  text: 'Configuration for path: "sales_email/general/async_sending" doesn\'t exist',
  issue: 'https://github.com/magento/magento2/issues/23290',
  source: 'magento/magento2 issue #23290, PR #28549',
} as const;

/** How the merchant runs Magento's CLI. */
export type CliId = 'bin' | 'php' | 'sudo' | 'docker' | 'warden' | 'ddev';

/** A word of a command: fixed text, or the value of one of the user's fields. */
export type WordTemplate = string | { field: 'user' | 'service' };

/** One way of running bin/magento, as data: the words before a Magento command and before `crontab -l`. */
export interface CliWrapper {
  id: CliId;
  label: string;
  /** Words that run bin/magento; the Magento command follows. */
  magento: readonly WordTemplate[];
  /** Words that list the crontab where Magento's cron runs. */
  crontabList: readonly WordTemplate[];
  /** Which text fields this wrapper needs. */
  fields: readonly ('user' | 'service')[];
  /** Whether bin/magento runs inside a container (cron:install then writes the container's crontab). */
  inContainer: boolean;
  /** What the optional directory means for this wrapper. */
  directoryLabel: string;
  directoryHelp: string;
  /** Why the procedure starts by changing to that directory. */
  directoryWhy: string;
  source: string;
}

export const cliWrappers: readonly CliWrapper[] = [
  {
    id: 'bin',
    label: 'bin/magento',
    magento: ['bin/magento'],
    crontabList: ['crontab', '-l'],
    fields: [],
    inContainer: false,
    directoryLabel: 'Magento root directory',
    directoryHelp: 'The folder that holds bin/magento.',
    directoryWhy: '`bin/magento` is a relative path, so the commands must run from the Magento root.',
    source: 'S; MG:bin/magento',
  },
  {
    id: 'php',
    label: 'php bin/magento',
    magento: ['php', 'bin/magento'],
    crontabList: ['crontab', '-l'],
    fields: [],
    inContainer: false,
    directoryLabel: 'Magento root directory',
    directoryHelp: 'The folder that holds bin/magento.',
    directoryWhy: '`bin/magento` is a relative path, so the commands must run from the Magento root.',
    source: 'domain facts §5 (wrappers)',
  },
  {
    id: 'sudo',
    label: 'As another user (sudo -u)',
    magento: ['sudo', '-u', { field: 'user' }, 'php', 'bin/magento'],
    crontabList: ['sudo', '-u', { field: 'user' }, 'crontab', '-l'],
    fields: ['user'],
    inContainer: false,
    directoryLabel: 'Magento root directory',
    directoryHelp: 'The folder that holds bin/magento.',
    directoryWhy: '`bin/magento` is a relative path, so the commands must run from the Magento root.',
    source: 'domain facts §5: "sudo -u www-data php bin/magento" is a convention; the web user varies (UNCONFIRMED)',
  },
  {
    id: 'docker',
    label: 'Docker Compose (docker compose exec)',
    magento: ['docker', 'compose', 'exec', { field: 'service' }, 'bin/magento'],
    crontabList: ['docker', 'compose', 'exec', { field: 'service' }, 'crontab', '-l'],
    fields: ['service'],
    inContainer: true,
    directoryLabel: 'Project directory',
    directoryHelp: 'The folder with your compose file, on the host.',
    directoryWhy: '`docker compose` looks for the compose file in the folder it runs in.',
    source: 'domain facts §5: "docker compose exec <php-service> bin/magento"; the service name varies',
  },
  {
    id: 'warden',
    label: 'Warden',
    magento: ['warden', 'env', 'exec', 'php-fpm', 'bin/magento'],
    crontabList: ['warden', 'env', 'exec', 'php-fpm', 'crontab', '-l'],
    fields: [],
    inContainer: true,
    directoryLabel: 'Warden project directory',
    directoryHelp: 'The folder with the project’s .env file, on the host.',
    directoryWhy: '`warden env` works on the project of the folder it runs in.',
    source: 'domain facts §5: "warden env exec php-fpm bin/magento" (third-party wrapper code)',
  },
  {
    id: 'ddev',
    label: 'DDEV',
    magento: ['ddev', 'magento'],
    crontabList: ['ddev', 'exec', 'crontab', '-l'],
    fields: [],
    inContainer: true,
    directoryLabel: 'DDEV project directory',
    directoryHelp: 'The folder with .ddev/, on the host.',
    directoryWhy: '`ddev` works on the project of the folder it runs in.',
    source: 'domain facts §5: "ddev magento" for the magento2 project type (third-party docs)',
  },
];
