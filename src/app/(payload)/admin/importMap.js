import { PhoneCell as PhoneCell_d9f356269672cd7f57d996ff54aec8cb } from '../../../../src/admin-components/PhoneCell'
import { PhoneField as PhoneField_ba2fafe6d1ce9cc395bccd76758e10cc } from '../../../../src/admin-components/PhoneField'
import { CountryField as CountryField_c9d7d58a110b7d164f46842aea5513ba } from '../../../../src/admin-components/CountryField'
import { RelationCell as RelationCell_e82551c39b5904cee8fd4309c2eb5915 } from '../../../../src/admin-components/RelationCell'
import { ListHint as ListHint_219c04956ffe40235cb23b66e07f535c } from '../../../../src/admin-components/ListHint'
import { RepairActions as RepairActions_77ae5e690f34fadbc99e21acfb0a8d57 } from '../../../../src/admin-components/RepairActions'
import { LateCell as LateCell_e5f01c4464f1caa2cd4da54e3a73b0c4 } from '../../../../src/admin-components/LateCell'
import { MoneyCell as MoneyCell_47b4a5882329068bdf964ab810468e7c } from '../../../../src/admin-components/MoneyCell'
import { MoneyField as MoneyField_5c9d36e0868b350e471b81c3bb250852 } from '../../../../src/admin-components/MoneyField'
import { AssigneeSuggestions as AssigneeSuggestions_5e827bafb6c4264b8f0cfb68884ab063 } from '../../../../src/admin-components/AssigneeSuggestions'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { DurationField as DurationField_125cd593cf671c6f66028d55f950fb51 } from '../../../../src/admin-components/DurationField'
import { PartLinePreview as PartLinePreview_f27a258caa77c08c72a11f05c150f763 } from '../../../../src/admin-components/PartLinePreview'
import { VatRateCell as VatRateCell_cca34d4a56aebdb65a9eb53f4dffc691 } from '../../../../src/admin-components/VatRateCell'
import { VatRateField as VatRateField_ee87b21dff3648b23a855e6178dc73f2 } from '../../../../src/admin-components/VatRateField'
import { FlagCell as FlagCell_3ffba813e80a6667d40c3eee4dbcc753 } from '../../../../src/admin-components/FlagCell'
import { PurchaseOrderActions as PurchaseOrderActions_90b69deb120f67b4ec4763227e702c5e } from '../../../../src/admin-components/PurchaseOrderActions'
import { PurchaseOrderTotals as PurchaseOrderTotals_c996838c49deac73f78d62e3e1f0dafe } from '../../../../src/admin-components/PurchaseOrderTotals'
import { TechnicianFiguresField as TechnicianFiguresField_7805d533f7942f46f6d5b227cfca7a30 } from '../../../../src/admin-components/TechnicianFiguresField'
import { QuoteActions as QuoteActions_9b3e6460de5b4c571027904e3e79ced0 } from '../../../../src/admin-components/QuoteActions'
import { InvoiceActions as InvoiceActions_ac3d901c94750644266a1c3c4c163203 } from '../../../../src/admin-components/InvoiceActions'
import { ClosingSummary as ClosingSummary_c1238475aae384b9374796e42c3e1ac7 } from '../../../../src/admin-components/ClosingSummary'
import { LogDocumentCell as LogDocumentCell_3a62ef690311cee2be18f40c072d383d } from '../../../../src/admin-components/LogDocumentCell'
import { ChangesField as ChangesField_cdc5cf25f3e56629dd2830d76eecca4f } from '../../../../src/admin-components/ChangesField'
import { Icon as Icon_2259c3fbc0251a68b11c916b77ee8ed6 } from '../../../../src/admin-components/Logo'
import { Logo as Logo_2259c3fbc0251a68b11c916b77ee8ed6 } from '../../../../src/admin-components/Logo'
import { QuickSearch as QuickSearch_6e7eb62881eaefe376f963cb3e081205 } from '../../../../src/admin-components/QuickSearch'
import { NavLinks as NavLinks_8a9e63a7663a2131b062d181e96b9a09 } from '../../../../src/admin-components/NavLinks'
import { LandingRedirect as LandingRedirect_da0f2c7719aa69d526f791ecbb032d67 } from '../../../../src/admin-components/LandingRedirect'
import { IntakeView as IntakeView_dbbe84550d7c4b5ca7fd027ff507bab5 } from '../../../../src/admin-components/IntakeView'
import { MyRepairsView as MyRepairsView_b63cea58e81e1ba202d526828ad9320e } from '../../../../src/admin-components/MyRepairsView'
import { LowStockView as LowStockView_5ff50b7c635d06876ed4daf23958a067 } from '../../../../src/admin-components/LowStockView'
import { ComplianceView as ComplianceView_2fadbcd92ef32e12042fee16d361a163 } from '../../../../src/admin-components/ComplianceView'
import { BonusClaimsView as BonusClaimsView_693da0ed852d15215e066e56c137ab9a } from '../../../../src/admin-components/BonusClaimsView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/admin-components/PhoneCell#PhoneCell": PhoneCell_d9f356269672cd7f57d996ff54aec8cb,
  "/src/admin-components/PhoneField#PhoneField": PhoneField_ba2fafe6d1ce9cc395bccd76758e10cc,
  "/src/admin-components/CountryField#CountryField": CountryField_c9d7d58a110b7d164f46842aea5513ba,
  "/src/admin-components/RelationCell#RelationCell": RelationCell_e82551c39b5904cee8fd4309c2eb5915,
  "/src/admin-components/ListHint#ListHint": ListHint_219c04956ffe40235cb23b66e07f535c,
  "/src/admin-components/RepairActions#RepairActions": RepairActions_77ae5e690f34fadbc99e21acfb0a8d57,
  "/src/admin-components/LateCell#LateCell": LateCell_e5f01c4464f1caa2cd4da54e3a73b0c4,
  "/src/admin-components/MoneyCell#MoneyCell": MoneyCell_47b4a5882329068bdf964ab810468e7c,
  "/src/admin-components/MoneyField#MoneyField": MoneyField_5c9d36e0868b350e471b81c3bb250852,
  "/src/admin-components/AssigneeSuggestions#AssigneeSuggestions": AssigneeSuggestions_5e827bafb6c4264b8f0cfb68884ab063,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/admin-components/DurationField#DurationField": DurationField_125cd593cf671c6f66028d55f950fb51,
  "/src/admin-components/PartLinePreview#PartLinePreview": PartLinePreview_f27a258caa77c08c72a11f05c150f763,
  "/src/admin-components/VatRateCell#VatRateCell": VatRateCell_cca34d4a56aebdb65a9eb53f4dffc691,
  "/src/admin-components/VatRateField#VatRateField": VatRateField_ee87b21dff3648b23a855e6178dc73f2,
  "/src/admin-components/FlagCell#FlagCell": FlagCell_3ffba813e80a6667d40c3eee4dbcc753,
  "/src/admin-components/PurchaseOrderActions#PurchaseOrderActions": PurchaseOrderActions_90b69deb120f67b4ec4763227e702c5e,
  "/src/admin-components/PurchaseOrderTotals#PurchaseOrderTotals": PurchaseOrderTotals_c996838c49deac73f78d62e3e1f0dafe,
  "/src/admin-components/TechnicianFiguresField#TechnicianFiguresField": TechnicianFiguresField_7805d533f7942f46f6d5b227cfca7a30,
  "/src/admin-components/QuoteActions#QuoteActions": QuoteActions_9b3e6460de5b4c571027904e3e79ced0,
  "/src/admin-components/InvoiceActions#InvoiceActions": InvoiceActions_ac3d901c94750644266a1c3c4c163203,
  "/src/admin-components/ClosingSummary#ClosingSummary": ClosingSummary_c1238475aae384b9374796e42c3e1ac7,
  "/src/admin-components/LogDocumentCell#LogDocumentCell": LogDocumentCell_3a62ef690311cee2be18f40c072d383d,
  "/src/admin-components/ChangesField#ChangesField": ChangesField_cdc5cf25f3e56629dd2830d76eecca4f,
  "/src/admin-components/Logo#Icon": Icon_2259c3fbc0251a68b11c916b77ee8ed6,
  "/src/admin-components/Logo#Logo": Logo_2259c3fbc0251a68b11c916b77ee8ed6,
  "/src/admin-components/QuickSearch#QuickSearch": QuickSearch_6e7eb62881eaefe376f963cb3e081205,
  "/src/admin-components/NavLinks#NavLinks": NavLinks_8a9e63a7663a2131b062d181e96b9a09,
  "/src/admin-components/LandingRedirect#LandingRedirect": LandingRedirect_da0f2c7719aa69d526f791ecbb032d67,
  "/src/admin-components/IntakeView#IntakeView": IntakeView_dbbe84550d7c4b5ca7fd027ff507bab5,
  "/src/admin-components/MyRepairsView#MyRepairsView": MyRepairsView_b63cea58e81e1ba202d526828ad9320e,
  "/src/admin-components/LowStockView#LowStockView": LowStockView_5ff50b7c635d06876ed4daf23958a067,
  "/src/admin-components/ComplianceView#ComplianceView": ComplianceView_2fadbcd92ef32e12042fee16d361a163,
  "/src/admin-components/BonusClaimsView#BonusClaimsView": BonusClaimsView_693da0ed852d15215e066e56c137ab9a,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
