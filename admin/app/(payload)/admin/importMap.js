import { MfaStatusField as MfaStatusField_bd3d96dbdffca493c9f8d2bcc72db69e } from '../../../components/StaffMfa/MfaStatusField'
import { JsonField as JsonField_3540019cd98cabbf66799728e8069584 } from '../../../components/CodeFields'
import { TestConnection as TestConnection_e6d508fa6af5739c6acb09e5ec3db478 } from '../../../components/TestConnection'
import { StepSelect as StepSelect_c3cbfa6eacc12c0d2518cd1ec4314293 } from '../../../components/Catalogue/StepSelect'
import { PermitTypeCoverage as PermitTypeCoverage_cd1fe642f8608bf70df94dbb2e078967 } from '../../../components/Catalogue/Coverage'
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
import { CoverageList as CoverageList_cd1fe642f8608bf70df94dbb2e078967 } from '../../../components/Catalogue/Coverage'
import { RuleBuilder as RuleBuilder_77e6c366b295d599b3c4fb8fa0cf312c } from '../../../components/RuleBuilder'
import { BundlePreview as BundlePreview_731f5ad2531bad97b512fa6fca4c5f1a } from '../../../components/BundlePreview'
import { ApproveRequest as ApproveRequest_8cbe41c3c88a997b91991cc21cd6de11 } from '../../../components/ApproveRequest'
import { ReportsNavLink as ReportsNavLink_e582c3000781e29bdce33b09df21bbb7 } from '../../../components/Reports/ReportsNavLink'
import { MonacoLoader as MonacoLoader_6d920026ecde229bc905266c117b1cc1 } from '../../../components/MonacoLoader'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { LoginView as LoginView_f22c5a1545b948fe1e98b0d0fe868771 } from '../../../components/StaffMfa/LoginView'
import { UnauthorizedView as UnauthorizedView_4d150585c89c5eaebe1fa0bcbb19b172 } from '../../../components/StaffMfa/UnauthorizedView'
import { SetupView as SetupView_1c3c7b9893cb43b65c5c8dc1e6d353a3 } from '../../../components/StaffMfa/SetupView'
import { ReportsView as ReportsView_27fe293e967a2cad5a3617865efa4237 } from '../../../components/Reports/ReportsView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/StaffMfa/MfaStatusField#MfaStatusField": MfaStatusField_bd3d96dbdffca493c9f8d2bcc72db69e,
  "/components/CodeFields#JsonField": JsonField_3540019cd98cabbf66799728e8069584,
  "/components/TestConnection#TestConnection": TestConnection_e6d508fa6af5739c6acb09e5ec3db478,
  "/components/Catalogue/StepSelect#StepSelect": StepSelect_c3cbfa6eacc12c0d2518cd1ec4314293,
  "/components/Catalogue/Coverage#PermitTypeCoverage": PermitTypeCoverage_cd1fe642f8608bf70df94dbb2e078967,
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
  "/components/Catalogue/Coverage#CoverageList": CoverageList_cd1fe642f8608bf70df94dbb2e078967,
  "/components/RuleBuilder#RuleBuilder": RuleBuilder_77e6c366b295d599b3c4fb8fa0cf312c,
  "/components/BundlePreview#BundlePreview": BundlePreview_731f5ad2531bad97b512fa6fca4c5f1a,
  "/components/ApproveRequest#ApproveRequest": ApproveRequest_8cbe41c3c88a997b91991cc21cd6de11,
  "/components/Reports/ReportsNavLink#ReportsNavLink": ReportsNavLink_e582c3000781e29bdce33b09df21bbb7,
  "/components/MonacoLoader#MonacoLoader": MonacoLoader_6d920026ecde229bc905266c117b1cc1,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/components/StaffMfa/LoginView#LoginView": LoginView_f22c5a1545b948fe1e98b0d0fe868771,
  "/components/StaffMfa/UnauthorizedView#UnauthorizedView": UnauthorizedView_4d150585c89c5eaebe1fa0bcbb19b172,
  "/components/StaffMfa/SetupView#SetupView": SetupView_1c3c7b9893cb43b65c5c8dc1e6d353a3,
  "/components/Reports/ReportsView#ReportsView": ReportsView_27fe293e967a2cad5a3617865efa4237,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
