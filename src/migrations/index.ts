import * as migration_20261129_032524_initial from './20261129_032524_initial';
import * as migration_20261129_033712_workshop_core from './20261129_033712_workshop_core';
import * as migration_20261129_040316_stock_warranties from './20261129_040316_stock_warranties';
import * as migration_20261204_011015_no_payload_lockout from './20261204_011015_no_payload_lockout';
import * as migration_20261204_011116_customer_email_change from './20261204_011116_customer_email_change';
import * as migration_20261204_015340_repair_parts from './20261204_015340_repair_parts';
import * as migration_20261204_015420_repair_parts_array_removed from './20261204_015420_repair_parts_array_removed';
import * as migration_20261204_035028_daily_list_indexes from './20261204_035028_daily_list_indexes';
import * as migration_20261204_043654_action_log_titles from './20261204_043654_action_log_titles';
import * as migration_20261204_145920_repair_unlock_code from './20261204_145920_repair_unlock_code';
import * as migration_20261204_181000_supplier_phones from './20261204_181000_supplier_phones';
import * as migration_20261204_191022_settings from './20261204_191022_settings';
import * as migration_20261204_193845_invoices from './20261204_193845_invoices';
import * as migration_20261204_194558_compliance_chain from './20261204_194558_compliance_chain';
import * as migration_20261204_201408_invoice_sending from './20261204_201408_invoice_sending';
import * as migration_20261204_211004_quotes from './20261204_211004_quotes';
import * as migration_20261204_211334_closings from './20261204_211334_closings';
import * as migration_20261204_211751_repair_bonus from './20261204_211751_repair_bonus';
import * as migration_20261204_212335_stripe from './20261204_212335_stripe';
import * as migration_20261204_214008_catalogue_lines from './20261204_214008_catalogue_lines';

export const migrations = [
  {
    up: migration_20261129_032524_initial.up,
    down: migration_20261129_032524_initial.down,
    name: '20261129_032524_initial',
  },
  {
    up: migration_20261129_033712_workshop_core.up,
    down: migration_20261129_033712_workshop_core.down,
    name: '20261129_033712_workshop_core',
  },
  {
    up: migration_20261129_040316_stock_warranties.up,
    down: migration_20261129_040316_stock_warranties.down,
    name: '20261129_040316_stock_warranties',
  },
  {
    up: migration_20261204_011015_no_payload_lockout.up,
    down: migration_20261204_011015_no_payload_lockout.down,
    name: '20261204_011015_no_payload_lockout',
  },
  {
    up: migration_20261204_011116_customer_email_change.up,
    down: migration_20261204_011116_customer_email_change.down,
    name: '20261204_011116_customer_email_change',
  },
  {
    up: migration_20261204_015340_repair_parts.up,
    down: migration_20261204_015340_repair_parts.down,
    name: '20261204_015340_repair_parts',
  },
  {
    up: migration_20261204_015420_repair_parts_array_removed.up,
    down: migration_20261204_015420_repair_parts_array_removed.down,
    name: '20261204_015420_repair_parts_array_removed',
  },
  {
    up: migration_20261204_035028_daily_list_indexes.up,
    down: migration_20261204_035028_daily_list_indexes.down,
    name: '20261204_035028_daily_list_indexes',
  },
  {
    up: migration_20261204_043654_action_log_titles.up,
    down: migration_20261204_043654_action_log_titles.down,
    name: '20261204_043654_action_log_titles',
  },
  {
    up: migration_20261204_145920_repair_unlock_code.up,
    down: migration_20261204_145920_repair_unlock_code.down,
    name: '20261204_145920_repair_unlock_code',
  },
  {
    up: migration_20261204_181000_supplier_phones.up,
    down: migration_20261204_181000_supplier_phones.down,
    name: '20261204_181000_supplier_phones',
  },
  {
    up: migration_20261204_191022_settings.up,
    down: migration_20261204_191022_settings.down,
    name: '20261204_191022_settings',
  },
  {
    up: migration_20261204_193845_invoices.up,
    down: migration_20261204_193845_invoices.down,
    name: '20261204_193845_invoices',
  },
  {
    up: migration_20261204_194558_compliance_chain.up,
    down: migration_20261204_194558_compliance_chain.down,
    name: '20261204_194558_compliance_chain',
  },
  {
    up: migration_20261204_201408_invoice_sending.up,
    down: migration_20261204_201408_invoice_sending.down,
    name: '20261204_201408_invoice_sending',
  },
  {
    up: migration_20261204_211004_quotes.up,
    down: migration_20261204_211004_quotes.down,
    name: '20261204_211004_quotes',
  },
  {
    up: migration_20261204_211334_closings.up,
    down: migration_20261204_211334_closings.down,
    name: '20261204_211334_closings',
  },
  {
    up: migration_20261204_211751_repair_bonus.up,
    down: migration_20261204_211751_repair_bonus.down,
    name: '20261204_211751_repair_bonus',
  },
  {
    up: migration_20261204_212335_stripe.up,
    down: migration_20261204_212335_stripe.down,
    name: '20261204_212335_stripe',
  },
  {
    up: migration_20261204_214008_catalogue_lines.up,
    down: migration_20261204_214008_catalogue_lines.down,
    name: '20261204_214008_catalogue_lines'
  },
];
