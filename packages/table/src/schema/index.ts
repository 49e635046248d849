export {
  type JsonDocumentOptions,
  jsonDepthError,
  jsonTextDepth,
  jsonValueDepth,
  parseJsonDocument,
} from "../parse/json";
export {
  CategorySchema,
  type Constraints,
  ConstraintsSchema,
  FIELD_TYPES,
  FIELDS_MATCH,
  type Field,
  type FieldDescriptor,
  FieldSchema,
  type FieldsMatch,
  type FieldType,
  LIST_ITEM_TYPES,
  MissingValuesSchema,
  SUPPORTED_CONSTRAINTS,
  stripFmtPrefix,
} from "./field";
export {
  type DescriptorKind,
  descriptorError,
  zodIssuesToErrors,
} from "./issues";
export { type DataPackage, type PackageDescriptor, PackageSchema } from "./package";
export {
  assertTableSchema,
  type DescriptorOptions,
  type ParseOutcome,
  parseField,
  parsePackage,
  parseResource,
  parseTableSchema,
} from "./parse";
export {
  LicenseSchema,
  type Resource,
  type ResourceDescriptor,
  ResourceSchema,
  SourceSchema,
} from "./resource";
export { checkTableSchema, type Findings } from "./semantic";
export {
  type ForeignKey,
  ForeignKeySchema,
  type Reference,
  type TableSchema,
  type TableSchemaDescriptor,
  TableSchemaSchema,
} from "./table-schema";
