import { Lazy, TerraformProvider, Token } from 'cdktf';
import { Construct } from 'constructs';
import { ClsIndexField, ClsIndexFieldType } from './detection';
import { ensureAppLevelChecks } from './internal/app-checks';
import { checkProviderChoice, validateAtSynth } from './internal/provider';
import { lazySchema, parseProps, throwIfAny } from './internal/validation';
import { ClsIndex as ClsIndexResource } from './provider-tencentcloud/cls-index';
import { ClsIndexFieldsInvalid } from './rules/alarm';

/** Props of `ClsIndex`. */
export interface ClsIndexProps {
  /** The topic the index belongs to (one index per topic: its ID is the topic ID). */
  readonly topicId: string;
  /**
   * The key-value fields, e.g. an alarm's `indexFields`. More can be added with `addFields`.
   * @default - none yet
   */
  readonly fields?: ClsIndexField[];
  /**
   * Case-sensitive key-value matching.
   * @default false
   */
  readonly caseSensitive?: boolean;
  /**
   * Also a full-text index (every word of every log searchable; indexing traffic grows).
   * @default false
   */
  readonly fullText?: boolean;
  /**
   * The topic has an index already: adopt it (a Terraform `import` block, ID = topic ID); the next
   * apply sets it to these fields.
   * @default false
   */
  readonly importExisting?: boolean;
  /**
   * The provider for the topic's region.
   * @default - the stack's default tencentcloud provider
   */
  readonly provider?: TerraformProvider;
}

const propsSchema = lazySchema((z) => z.object({
  topicId: z.string(),
  fields: z.array(z.object({ key: z.string(), type: z.enum(['text', 'long', 'double']).optional(), analysis: z.boolean().optional() })).optional(),
  caseSensitive: z.boolean().optional(),
  fullText: z.boolean().optional(),
  importExisting: z.boolean().optional(),
  provider: z.any().optional(),
}));

/**
 * The separators CLS recommends for text fields and the full-text index (CLS index configuration;
 * the provider's tencentcloud_cls_index example uses the same).
 */
export const CLS_TOKENIZER = '@&?|#()=\'",;:<>[]{}/ \n\t\r\\';

/**
 * The CLS index of a topic (`tencentcloud_cls_index`): a key-value index on the fields the alarms
 * query, each with its type and analysis on. `ClsDestination.addAlarm` creates it with the first
 * alarm and extends it with every other; for a topic this library does not create, build one
 * with the alarm's `indexFields`.
 *
 * @example
 * new ClsIndex(this, 'Index', { topicId: 'a1b2c3d4-…', fields: alarm.indexFields, importExisting: true });
 */
export class ClsIndex extends Construct {
  /** The generated `tencentcloud_cls_index`. */
  public readonly resource: ClsIndexResource;
  private readonly byKey = new Map<string, Required<ClsIndexField>>();

  constructor(scope: Construct, id: string, props: ClsIndexProps) {
    super(scope, id);
    ensureAppLevelChecks(this);
    const p = parseProps(this, propsSchema, props);
    const provider = p.provider as TerraformProvider | undefined;
    validateAtSynth(this, () => ({ errors: checkProviderChoice(this, provider), warnings: [] }));
    this.addFields((p.fields ?? []) as ClsIndexField[]);
    this.resource = new ClsIndexResource(this, 'Resource', {
      provider,
      topicId: p.topicId,
      rule: {
        fullText: p.fullText ? { caseSensitive: p.caseSensitive ?? false, tokenizer: CLS_TOKENIZER, containZH: false } : undefined,
        keyValue: {
          caseSensitive: p.caseSensitive ?? false,
          // Sorted by key: the same fields give the same document, whatever order the alarms came in.
          keyValues: Lazy.anyValue({ produce: () => this.keyValues() }) as any,
        },
      },
    });
    if (p.importExisting) this.resource.importFrom(p.topicId, provider);
  }

  /** The key-value fields, sorted by key. */
  public get fields(): ClsIndexField[] {
    return [...this.byKey.values()].sort((a, b) => (a.key < b.key ? -1 : 1)).map((f) => ({ ...f }));
  }

  /** Adds key-value fields (a key already there keeps its entry; analysis is on when either asks). */
  public addFields(fields: ClsIndexField[]): void {
    const given = fields.filter((f) => !Token.isUnresolved(f.key))
      .map((f) => ({ key: f.key, type: f.type ?? ClsIndexFieldType.TEXT, analysis: f.analysis ?? true }));
    throwIfAny(this, ClsIndexFieldsInvalid.check([...this.byKey.values(), ...given], 'fields'));
    for (const f of given) {
      const had = this.byKey.get(f.key);
      this.byKey.set(f.key, had ? { ...had, analysis: had.analysis || f.analysis } : f);
    }
  }

  private keyValues(): unknown[] {
    return this.fields.map((f) => ({
      key: f.key,
      value: {
        type: f.type,
        sql_flag: f.analysis,
        // CLS splits text fields at these separators; long and double fields take none.
        ...(f.type === ClsIndexFieldType.TEXT ? { tokenizer: CLS_TOKENIZER, contain_z_h: false } : {}),
      },
    }));
  }
}
