// https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ClsAlarmNoticeConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#alarm_shield_status ClsAlarmNotice#alarm_shield_status}
  */
  readonly alarmShieldStatus?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#callback_prioritize ClsAlarmNotice#callback_prioritize}
  */
  readonly callbackPrioritize?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#deliver_status ClsAlarmNotice#deliver_status}
  */
  readonly deliverStatus?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#id ClsAlarmNotice#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#jump_domain ClsAlarmNotice#jump_domain}
  */
  readonly jumpDomain?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#name ClsAlarmNotice#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#tags ClsAlarmNotice#tags}
  */
  readonly tags?: { [key: string]: string };
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#type ClsAlarmNotice#type}
  */
  readonly type?: string;
  /**
  * deliver_config block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#deliver_config ClsAlarmNotice#deliver_config}
  */
  readonly deliverConfig?: ClsAlarmNoticeDeliverConfig;
  /**
  * notice_receivers block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#notice_receivers ClsAlarmNotice#notice_receivers}
  */
  readonly noticeReceivers?: ClsAlarmNoticeNoticeReceivers[] | cdktf.IResolvable;
  /**
  * notice_rules block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#notice_rules ClsAlarmNotice#notice_rules}
  */
  readonly noticeRules?: ClsAlarmNoticeNoticeRules[] | cdktf.IResolvable;
  /**
  * web_callbacks block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#web_callbacks ClsAlarmNotice#web_callbacks}
  */
  readonly webCallbacks?: ClsAlarmNoticeWebCallbacks[] | cdktf.IResolvable;
}
export interface ClsAlarmNoticeDeliverConfig {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#region ClsAlarmNotice#region}
  */
  readonly region: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#scope ClsAlarmNotice#scope}
  */
  readonly scope?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#topic_id ClsAlarmNotice#topic_id}
  */
  readonly topicId: string;
}

export function clsAlarmNoticeDeliverConfigToTerraform(struct?: ClsAlarmNoticeDeliverConfigOutputReference | ClsAlarmNoticeDeliverConfig): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    region: cdktf.stringToTerraform(struct!.region),
    scope: cdktf.numberToTerraform(struct!.scope),
    topic_id: cdktf.stringToTerraform(struct!.topicId),
  }
}


export function clsAlarmNoticeDeliverConfigToHclTerraform(struct?: ClsAlarmNoticeDeliverConfigOutputReference | ClsAlarmNoticeDeliverConfig): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    region: {
      value: cdktf.stringToHclTerraform(struct!.region),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    scope: {
      value: cdktf.numberToHclTerraform(struct!.scope),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    topic_id: {
      value: cdktf.stringToHclTerraform(struct!.topicId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ClsAlarmNoticeDeliverConfigOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): ClsAlarmNoticeDeliverConfig | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._region !== undefined) {
      hasAnyValues = true;
      internalValueResult.region = this._region;
    }
    if (this._scope !== undefined) {
      hasAnyValues = true;
      internalValueResult.scope = this._scope;
    }
    if (this._topicId !== undefined) {
      hasAnyValues = true;
      internalValueResult.topicId = this._topicId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ClsAlarmNoticeDeliverConfig | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._region = undefined;
      this._scope = undefined;
      this._topicId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._region = value.region;
      this._scope = value.scope;
      this._topicId = value.topicId;
    }
  }

  // region - computed: false, optional: false, required: true
  private _region?: string; 
  public get region() {
    return this.getStringAttribute('region');
  }
  public set region(value: string) {
    this._region = value;
  }
  // Temporarily expose input value. Use with caution.
  public get regionInput() {
    return this._region;
  }

  // scope - computed: false, optional: true, required: false
  private _scope?: number; 
  public get scope() {
    return this.getNumberAttribute('scope');
  }
  public set scope(value: number) {
    this._scope = value;
  }
  public resetScope() {
    this._scope = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get scopeInput() {
    return this._scope;
  }

  // topic_id - computed: false, optional: false, required: true
  private _topicId?: string; 
  public get topicId() {
    return this.getStringAttribute('topic_id');
  }
  public set topicId(value: string) {
    this._topicId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get topicIdInput() {
    return this._topicId;
  }
}
export interface ClsAlarmNoticeNoticeReceivers {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#end_time ClsAlarmNotice#end_time}
  */
  readonly endTime?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#index ClsAlarmNotice#index}
  */
  readonly index?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#notice_content_id ClsAlarmNotice#notice_content_id}
  */
  readonly noticeContentId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#receiver_channels ClsAlarmNotice#receiver_channels}
  */
  readonly receiverChannels: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#receiver_ids ClsAlarmNotice#receiver_ids}
  */
  readonly receiverIds: number[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#receiver_type ClsAlarmNotice#receiver_type}
  */
  readonly receiverType: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#start_time ClsAlarmNotice#start_time}
  */
  readonly startTime?: string;
}

export function clsAlarmNoticeNoticeReceiversToTerraform(struct?: ClsAlarmNoticeNoticeReceivers | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    end_time: cdktf.stringToTerraform(struct!.endTime),
    index: cdktf.numberToTerraform(struct!.index),
    notice_content_id: cdktf.stringToTerraform(struct!.noticeContentId),
    receiver_channels: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.receiverChannels),
    receiver_ids: cdktf.listMapper(cdktf.numberToTerraform, false)(struct!.receiverIds),
    receiver_type: cdktf.stringToTerraform(struct!.receiverType),
    start_time: cdktf.stringToTerraform(struct!.startTime),
  }
}


export function clsAlarmNoticeNoticeReceiversToHclTerraform(struct?: ClsAlarmNoticeNoticeReceivers | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    end_time: {
      value: cdktf.stringToHclTerraform(struct!.endTime),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    index: {
      value: cdktf.numberToHclTerraform(struct!.index),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    notice_content_id: {
      value: cdktf.stringToHclTerraform(struct!.noticeContentId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    receiver_channels: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.receiverChannels),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    receiver_ids: {
      value: cdktf.listMapperHcl(cdktf.numberToHclTerraform, false)(struct!.receiverIds),
      isBlock: false,
      type: "set",
      storageClassType: "numberList",
    },
    receiver_type: {
      value: cdktf.stringToHclTerraform(struct!.receiverType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    start_time: {
      value: cdktf.stringToHclTerraform(struct!.startTime),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ClsAlarmNoticeNoticeReceiversOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ClsAlarmNoticeNoticeReceivers | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._endTime !== undefined) {
      hasAnyValues = true;
      internalValueResult.endTime = this._endTime;
    }
    if (this._index !== undefined) {
      hasAnyValues = true;
      internalValueResult.index = this._index;
    }
    if (this._noticeContentId !== undefined) {
      hasAnyValues = true;
      internalValueResult.noticeContentId = this._noticeContentId;
    }
    if (this._receiverChannels !== undefined) {
      hasAnyValues = true;
      internalValueResult.receiverChannels = this._receiverChannels;
    }
    if (this._receiverIds !== undefined) {
      hasAnyValues = true;
      internalValueResult.receiverIds = this._receiverIds;
    }
    if (this._receiverType !== undefined) {
      hasAnyValues = true;
      internalValueResult.receiverType = this._receiverType;
    }
    if (this._startTime !== undefined) {
      hasAnyValues = true;
      internalValueResult.startTime = this._startTime;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ClsAlarmNoticeNoticeReceivers | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._endTime = undefined;
      this._index = undefined;
      this._noticeContentId = undefined;
      this._receiverChannels = undefined;
      this._receiverIds = undefined;
      this._receiverType = undefined;
      this._startTime = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._endTime = value.endTime;
      this._index = value.index;
      this._noticeContentId = value.noticeContentId;
      this._receiverChannels = value.receiverChannels;
      this._receiverIds = value.receiverIds;
      this._receiverType = value.receiverType;
      this._startTime = value.startTime;
    }
  }

  // end_time - computed: false, optional: true, required: false
  private _endTime?: string; 
  public get endTime() {
    return this.getStringAttribute('end_time');
  }
  public set endTime(value: string) {
    this._endTime = value;
  }
  public resetEndTime() {
    this._endTime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get endTimeInput() {
    return this._endTime;
  }

  // index - computed: true, optional: true, required: false
  private _index?: number; 
  public get index() {
    return this.getNumberAttribute('index');
  }
  public set index(value: number) {
    this._index = value;
  }
  public resetIndex() {
    this._index = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get indexInput() {
    return this._index;
  }

  // notice_content_id - computed: false, optional: true, required: false
  private _noticeContentId?: string; 
  public get noticeContentId() {
    return this.getStringAttribute('notice_content_id');
  }
  public set noticeContentId(value: string) {
    this._noticeContentId = value;
  }
  public resetNoticeContentId() {
    this._noticeContentId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get noticeContentIdInput() {
    return this._noticeContentId;
  }

  // receiver_channels - computed: false, optional: false, required: true
  private _receiverChannels?: string[]; 
  public get receiverChannels() {
    return cdktf.Fn.tolist(this.getListAttribute('receiver_channels'));
  }
  public set receiverChannels(value: string[]) {
    this._receiverChannels = value;
  }
  // Temporarily expose input value. Use with caution.
  public get receiverChannelsInput() {
    return this._receiverChannels;
  }

  // receiver_ids - computed: false, optional: false, required: true
  private _receiverIds?: number[]; 
  public get receiverIds() {
    return cdktf.Token.asNumberList(cdktf.Fn.tolist(this.getNumberListAttribute('receiver_ids')));
  }
  public set receiverIds(value: number[]) {
    this._receiverIds = value;
  }
  // Temporarily expose input value. Use with caution.
  public get receiverIdsInput() {
    return this._receiverIds;
  }

  // receiver_type - computed: false, optional: false, required: true
  private _receiverType?: string; 
  public get receiverType() {
    return this.getStringAttribute('receiver_type');
  }
  public set receiverType(value: string) {
    this._receiverType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get receiverTypeInput() {
    return this._receiverType;
  }

  // start_time - computed: false, optional: true, required: false
  private _startTime?: string; 
  public get startTime() {
    return this.getStringAttribute('start_time');
  }
  public set startTime(value: string) {
    this._startTime = value;
  }
  public resetStartTime() {
    this._startTime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get startTimeInput() {
    return this._startTime;
  }
}

export class ClsAlarmNoticeNoticeReceiversList extends cdktf.ComplexList {
  public internalValue? : ClsAlarmNoticeNoticeReceivers[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): ClsAlarmNoticeNoticeReceiversOutputReference {
    return new ClsAlarmNoticeNoticeReceiversOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface ClsAlarmNoticeNoticeRulesEscalateNoticesNoticeReceivers {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#end_time ClsAlarmNotice#end_time}
  */
  readonly endTime?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#index ClsAlarmNotice#index}
  */
  readonly index?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#notice_content_id ClsAlarmNotice#notice_content_id}
  */
  readonly noticeContentId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#receiver_channels ClsAlarmNotice#receiver_channels}
  */
  readonly receiverChannels: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#receiver_ids ClsAlarmNotice#receiver_ids}
  */
  readonly receiverIds: number[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#receiver_type ClsAlarmNotice#receiver_type}
  */
  readonly receiverType: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#start_time ClsAlarmNotice#start_time}
  */
  readonly startTime?: string;
}

export function clsAlarmNoticeNoticeRulesEscalateNoticesNoticeReceiversToTerraform(struct?: ClsAlarmNoticeNoticeRulesEscalateNoticesNoticeReceivers | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    end_time: cdktf.stringToTerraform(struct!.endTime),
    index: cdktf.numberToTerraform(struct!.index),
    notice_content_id: cdktf.stringToTerraform(struct!.noticeContentId),
    receiver_channels: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.receiverChannels),
    receiver_ids: cdktf.listMapper(cdktf.numberToTerraform, false)(struct!.receiverIds),
    receiver_type: cdktf.stringToTerraform(struct!.receiverType),
    start_time: cdktf.stringToTerraform(struct!.startTime),
  }
}


export function clsAlarmNoticeNoticeRulesEscalateNoticesNoticeReceiversToHclTerraform(struct?: ClsAlarmNoticeNoticeRulesEscalateNoticesNoticeReceivers | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    end_time: {
      value: cdktf.stringToHclTerraform(struct!.endTime),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    index: {
      value: cdktf.numberToHclTerraform(struct!.index),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    notice_content_id: {
      value: cdktf.stringToHclTerraform(struct!.noticeContentId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    receiver_channels: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.receiverChannels),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    receiver_ids: {
      value: cdktf.listMapperHcl(cdktf.numberToHclTerraform, false)(struct!.receiverIds),
      isBlock: false,
      type: "set",
      storageClassType: "numberList",
    },
    receiver_type: {
      value: cdktf.stringToHclTerraform(struct!.receiverType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    start_time: {
      value: cdktf.stringToHclTerraform(struct!.startTime),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ClsAlarmNoticeNoticeRulesEscalateNoticesNoticeReceiversOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ClsAlarmNoticeNoticeRulesEscalateNoticesNoticeReceivers | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._endTime !== undefined) {
      hasAnyValues = true;
      internalValueResult.endTime = this._endTime;
    }
    if (this._index !== undefined) {
      hasAnyValues = true;
      internalValueResult.index = this._index;
    }
    if (this._noticeContentId !== undefined) {
      hasAnyValues = true;
      internalValueResult.noticeContentId = this._noticeContentId;
    }
    if (this._receiverChannels !== undefined) {
      hasAnyValues = true;
      internalValueResult.receiverChannels = this._receiverChannels;
    }
    if (this._receiverIds !== undefined) {
      hasAnyValues = true;
      internalValueResult.receiverIds = this._receiverIds;
    }
    if (this._receiverType !== undefined) {
      hasAnyValues = true;
      internalValueResult.receiverType = this._receiverType;
    }
    if (this._startTime !== undefined) {
      hasAnyValues = true;
      internalValueResult.startTime = this._startTime;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ClsAlarmNoticeNoticeRulesEscalateNoticesNoticeReceivers | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._endTime = undefined;
      this._index = undefined;
      this._noticeContentId = undefined;
      this._receiverChannels = undefined;
      this._receiverIds = undefined;
      this._receiverType = undefined;
      this._startTime = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._endTime = value.endTime;
      this._index = value.index;
      this._noticeContentId = value.noticeContentId;
      this._receiverChannels = value.receiverChannels;
      this._receiverIds = value.receiverIds;
      this._receiverType = value.receiverType;
      this._startTime = value.startTime;
    }
  }

  // end_time - computed: false, optional: true, required: false
  private _endTime?: string; 
  public get endTime() {
    return this.getStringAttribute('end_time');
  }
  public set endTime(value: string) {
    this._endTime = value;
  }
  public resetEndTime() {
    this._endTime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get endTimeInput() {
    return this._endTime;
  }

  // index - computed: true, optional: true, required: false
  private _index?: number; 
  public get index() {
    return this.getNumberAttribute('index');
  }
  public set index(value: number) {
    this._index = value;
  }
  public resetIndex() {
    this._index = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get indexInput() {
    return this._index;
  }

  // notice_content_id - computed: false, optional: true, required: false
  private _noticeContentId?: string; 
  public get noticeContentId() {
    return this.getStringAttribute('notice_content_id');
  }
  public set noticeContentId(value: string) {
    this._noticeContentId = value;
  }
  public resetNoticeContentId() {
    this._noticeContentId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get noticeContentIdInput() {
    return this._noticeContentId;
  }

  // receiver_channels - computed: false, optional: false, required: true
  private _receiverChannels?: string[]; 
  public get receiverChannels() {
    return cdktf.Fn.tolist(this.getListAttribute('receiver_channels'));
  }
  public set receiverChannels(value: string[]) {
    this._receiverChannels = value;
  }
  // Temporarily expose input value. Use with caution.
  public get receiverChannelsInput() {
    return this._receiverChannels;
  }

  // receiver_ids - computed: false, optional: false, required: true
  private _receiverIds?: number[]; 
  public get receiverIds() {
    return cdktf.Token.asNumberList(cdktf.Fn.tolist(this.getNumberListAttribute('receiver_ids')));
  }
  public set receiverIds(value: number[]) {
    this._receiverIds = value;
  }
  // Temporarily expose input value. Use with caution.
  public get receiverIdsInput() {
    return this._receiverIds;
  }

  // receiver_type - computed: false, optional: false, required: true
  private _receiverType?: string; 
  public get receiverType() {
    return this.getStringAttribute('receiver_type');
  }
  public set receiverType(value: string) {
    this._receiverType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get receiverTypeInput() {
    return this._receiverType;
  }

  // start_time - computed: false, optional: true, required: false
  private _startTime?: string; 
  public get startTime() {
    return this.getStringAttribute('start_time');
  }
  public set startTime(value: string) {
    this._startTime = value;
  }
  public resetStartTime() {
    this._startTime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get startTimeInput() {
    return this._startTime;
  }
}

export class ClsAlarmNoticeNoticeRulesEscalateNoticesNoticeReceiversList extends cdktf.ComplexList {
  public internalValue? : ClsAlarmNoticeNoticeRulesEscalateNoticesNoticeReceivers[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): ClsAlarmNoticeNoticeRulesEscalateNoticesNoticeReceiversOutputReference {
    return new ClsAlarmNoticeNoticeRulesEscalateNoticesNoticeReceiversOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface ClsAlarmNoticeNoticeRulesEscalateNoticesWebCallbacks {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#body ClsAlarmNotice#body}
  */
  readonly body?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#callback_type ClsAlarmNotice#callback_type}
  */
  readonly callbackType: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#headers ClsAlarmNotice#headers}
  */
  readonly headers?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#index ClsAlarmNotice#index}
  */
  readonly index?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#method ClsAlarmNotice#method}
  */
  readonly method?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#mobiles ClsAlarmNotice#mobiles}
  */
  readonly mobiles?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#notice_content_id ClsAlarmNotice#notice_content_id}
  */
  readonly noticeContentId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#remind_type ClsAlarmNotice#remind_type}
  */
  readonly remindType?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#url ClsAlarmNotice#url}
  */
  readonly url: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#user_ids ClsAlarmNotice#user_ids}
  */
  readonly userIds?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#web_callback_id ClsAlarmNotice#web_callback_id}
  */
  readonly webCallbackId?: string;
}

export function clsAlarmNoticeNoticeRulesEscalateNoticesWebCallbacksToTerraform(struct?: ClsAlarmNoticeNoticeRulesEscalateNoticesWebCallbacks | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    body: cdktf.stringToTerraform(struct!.body),
    callback_type: cdktf.stringToTerraform(struct!.callbackType),
    headers: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.headers),
    index: cdktf.numberToTerraform(struct!.index),
    method: cdktf.stringToTerraform(struct!.method),
    mobiles: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.mobiles),
    notice_content_id: cdktf.stringToTerraform(struct!.noticeContentId),
    remind_type: cdktf.numberToTerraform(struct!.remindType),
    url: cdktf.stringToTerraform(struct!.url),
    user_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.userIds),
    web_callback_id: cdktf.stringToTerraform(struct!.webCallbackId),
  }
}


export function clsAlarmNoticeNoticeRulesEscalateNoticesWebCallbacksToHclTerraform(struct?: ClsAlarmNoticeNoticeRulesEscalateNoticesWebCallbacks | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    body: {
      value: cdktf.stringToHclTerraform(struct!.body),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    callback_type: {
      value: cdktf.stringToHclTerraform(struct!.callbackType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    headers: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.headers),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    index: {
      value: cdktf.numberToHclTerraform(struct!.index),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    method: {
      value: cdktf.stringToHclTerraform(struct!.method),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mobiles: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.mobiles),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    notice_content_id: {
      value: cdktf.stringToHclTerraform(struct!.noticeContentId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    remind_type: {
      value: cdktf.numberToHclTerraform(struct!.remindType),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    url: {
      value: cdktf.stringToHclTerraform(struct!.url),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    user_ids: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.userIds),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    web_callback_id: {
      value: cdktf.stringToHclTerraform(struct!.webCallbackId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ClsAlarmNoticeNoticeRulesEscalateNoticesWebCallbacksOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ClsAlarmNoticeNoticeRulesEscalateNoticesWebCallbacks | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._body !== undefined) {
      hasAnyValues = true;
      internalValueResult.body = this._body;
    }
    if (this._callbackType !== undefined) {
      hasAnyValues = true;
      internalValueResult.callbackType = this._callbackType;
    }
    if (this._headers !== undefined) {
      hasAnyValues = true;
      internalValueResult.headers = this._headers;
    }
    if (this._index !== undefined) {
      hasAnyValues = true;
      internalValueResult.index = this._index;
    }
    if (this._method !== undefined) {
      hasAnyValues = true;
      internalValueResult.method = this._method;
    }
    if (this._mobiles !== undefined) {
      hasAnyValues = true;
      internalValueResult.mobiles = this._mobiles;
    }
    if (this._noticeContentId !== undefined) {
      hasAnyValues = true;
      internalValueResult.noticeContentId = this._noticeContentId;
    }
    if (this._remindType !== undefined) {
      hasAnyValues = true;
      internalValueResult.remindType = this._remindType;
    }
    if (this._url !== undefined) {
      hasAnyValues = true;
      internalValueResult.url = this._url;
    }
    if (this._userIds !== undefined) {
      hasAnyValues = true;
      internalValueResult.userIds = this._userIds;
    }
    if (this._webCallbackId !== undefined) {
      hasAnyValues = true;
      internalValueResult.webCallbackId = this._webCallbackId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ClsAlarmNoticeNoticeRulesEscalateNoticesWebCallbacks | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._body = undefined;
      this._callbackType = undefined;
      this._headers = undefined;
      this._index = undefined;
      this._method = undefined;
      this._mobiles = undefined;
      this._noticeContentId = undefined;
      this._remindType = undefined;
      this._url = undefined;
      this._userIds = undefined;
      this._webCallbackId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._body = value.body;
      this._callbackType = value.callbackType;
      this._headers = value.headers;
      this._index = value.index;
      this._method = value.method;
      this._mobiles = value.mobiles;
      this._noticeContentId = value.noticeContentId;
      this._remindType = value.remindType;
      this._url = value.url;
      this._userIds = value.userIds;
      this._webCallbackId = value.webCallbackId;
    }
  }

  // body - computed: false, optional: true, required: false
  private _body?: string; 
  public get body() {
    return this.getStringAttribute('body');
  }
  public set body(value: string) {
    this._body = value;
  }
  public resetBody() {
    this._body = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bodyInput() {
    return this._body;
  }

  // callback_type - computed: false, optional: false, required: true
  private _callbackType?: string; 
  public get callbackType() {
    return this.getStringAttribute('callback_type');
  }
  public set callbackType(value: string) {
    this._callbackType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get callbackTypeInput() {
    return this._callbackType;
  }

  // headers - computed: false, optional: true, required: false
  private _headers?: string[]; 
  public get headers() {
    return cdktf.Fn.tolist(this.getListAttribute('headers'));
  }
  public set headers(value: string[]) {
    this._headers = value;
  }
  public resetHeaders() {
    this._headers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get headersInput() {
    return this._headers;
  }

  // index - computed: true, optional: true, required: false
  private _index?: number; 
  public get index() {
    return this.getNumberAttribute('index');
  }
  public set index(value: number) {
    this._index = value;
  }
  public resetIndex() {
    this._index = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get indexInput() {
    return this._index;
  }

  // method - computed: false, optional: true, required: false
  private _method?: string; 
  public get method() {
    return this.getStringAttribute('method');
  }
  public set method(value: string) {
    this._method = value;
  }
  public resetMethod() {
    this._method = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get methodInput() {
    return this._method;
  }

  // mobiles - computed: false, optional: true, required: false
  private _mobiles?: string[]; 
  public get mobiles() {
    return cdktf.Fn.tolist(this.getListAttribute('mobiles'));
  }
  public set mobiles(value: string[]) {
    this._mobiles = value;
  }
  public resetMobiles() {
    this._mobiles = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mobilesInput() {
    return this._mobiles;
  }

  // notice_content_id - computed: false, optional: true, required: false
  private _noticeContentId?: string; 
  public get noticeContentId() {
    return this.getStringAttribute('notice_content_id');
  }
  public set noticeContentId(value: string) {
    this._noticeContentId = value;
  }
  public resetNoticeContentId() {
    this._noticeContentId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get noticeContentIdInput() {
    return this._noticeContentId;
  }

  // remind_type - computed: false, optional: true, required: false
  private _remindType?: number; 
  public get remindType() {
    return this.getNumberAttribute('remind_type');
  }
  public set remindType(value: number) {
    this._remindType = value;
  }
  public resetRemindType() {
    this._remindType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get remindTypeInput() {
    return this._remindType;
  }

  // url - computed: false, optional: false, required: true
  private _url?: string; 
  public get url() {
    return this.getStringAttribute('url');
  }
  public set url(value: string) {
    this._url = value;
  }
  // Temporarily expose input value. Use with caution.
  public get urlInput() {
    return this._url;
  }

  // user_ids - computed: false, optional: true, required: false
  private _userIds?: string[]; 
  public get userIds() {
    return cdktf.Fn.tolist(this.getListAttribute('user_ids'));
  }
  public set userIds(value: string[]) {
    this._userIds = value;
  }
  public resetUserIds() {
    this._userIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userIdsInput() {
    return this._userIds;
  }

  // web_callback_id - computed: false, optional: true, required: false
  private _webCallbackId?: string; 
  public get webCallbackId() {
    return this.getStringAttribute('web_callback_id');
  }
  public set webCallbackId(value: string) {
    this._webCallbackId = value;
  }
  public resetWebCallbackId() {
    this._webCallbackId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get webCallbackIdInput() {
    return this._webCallbackId;
  }
}

export class ClsAlarmNoticeNoticeRulesEscalateNoticesWebCallbacksList extends cdktf.ComplexList {
  public internalValue? : ClsAlarmNoticeNoticeRulesEscalateNoticesWebCallbacks[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): ClsAlarmNoticeNoticeRulesEscalateNoticesWebCallbacksOutputReference {
    return new ClsAlarmNoticeNoticeRulesEscalateNoticesWebCallbacksOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface ClsAlarmNoticeNoticeRulesEscalateNotices {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#escalate ClsAlarmNotice#escalate}
  */
  readonly escalate?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#interval ClsAlarmNotice#interval}
  */
  readonly interval?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#type ClsAlarmNotice#type}
  */
  readonly type?: number;
  /**
  * notice_receivers block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#notice_receivers ClsAlarmNotice#notice_receivers}
  */
  readonly noticeReceivers?: ClsAlarmNoticeNoticeRulesEscalateNoticesNoticeReceivers[] | cdktf.IResolvable;
  /**
  * web_callbacks block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#web_callbacks ClsAlarmNotice#web_callbacks}
  */
  readonly webCallbacks?: ClsAlarmNoticeNoticeRulesEscalateNoticesWebCallbacks[] | cdktf.IResolvable;
}

export function clsAlarmNoticeNoticeRulesEscalateNoticesToTerraform(struct?: ClsAlarmNoticeNoticeRulesEscalateNotices | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    escalate: cdktf.booleanToTerraform(struct!.escalate),
    interval: cdktf.numberToTerraform(struct!.interval),
    type: cdktf.numberToTerraform(struct!.type),
    notice_receivers: cdktf.listMapper(clsAlarmNoticeNoticeRulesEscalateNoticesNoticeReceiversToTerraform, true)(struct!.noticeReceivers),
    web_callbacks: cdktf.listMapper(clsAlarmNoticeNoticeRulesEscalateNoticesWebCallbacksToTerraform, true)(struct!.webCallbacks),
  }
}


export function clsAlarmNoticeNoticeRulesEscalateNoticesToHclTerraform(struct?: ClsAlarmNoticeNoticeRulesEscalateNotices | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    escalate: {
      value: cdktf.booleanToHclTerraform(struct!.escalate),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    interval: {
      value: cdktf.numberToHclTerraform(struct!.interval),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    type: {
      value: cdktf.numberToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    notice_receivers: {
      value: cdktf.listMapperHcl(clsAlarmNoticeNoticeRulesEscalateNoticesNoticeReceiversToHclTerraform, true)(struct!.noticeReceivers),
      isBlock: true,
      type: "list",
      storageClassType: "ClsAlarmNoticeNoticeRulesEscalateNoticesNoticeReceiversList",
    },
    web_callbacks: {
      value: cdktf.listMapperHcl(clsAlarmNoticeNoticeRulesEscalateNoticesWebCallbacksToHclTerraform, true)(struct!.webCallbacks),
      isBlock: true,
      type: "list",
      storageClassType: "ClsAlarmNoticeNoticeRulesEscalateNoticesWebCallbacksList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ClsAlarmNoticeNoticeRulesEscalateNoticesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ClsAlarmNoticeNoticeRulesEscalateNotices | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._escalate !== undefined) {
      hasAnyValues = true;
      internalValueResult.escalate = this._escalate;
    }
    if (this._interval !== undefined) {
      hasAnyValues = true;
      internalValueResult.interval = this._interval;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    if (this._noticeReceivers?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.noticeReceivers = this._noticeReceivers?.internalValue;
    }
    if (this._webCallbacks?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.webCallbacks = this._webCallbacks?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ClsAlarmNoticeNoticeRulesEscalateNotices | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._escalate = undefined;
      this._interval = undefined;
      this._type = undefined;
      this._noticeReceivers.internalValue = undefined;
      this._webCallbacks.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._escalate = value.escalate;
      this._interval = value.interval;
      this._type = value.type;
      this._noticeReceivers.internalValue = value.noticeReceivers;
      this._webCallbacks.internalValue = value.webCallbacks;
    }
  }

  // escalate - computed: false, optional: true, required: false
  private _escalate?: boolean | cdktf.IResolvable; 
  public get escalate() {
    return this.getBooleanAttribute('escalate');
  }
  public set escalate(value: boolean | cdktf.IResolvable) {
    this._escalate = value;
  }
  public resetEscalate() {
    this._escalate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get escalateInput() {
    return this._escalate;
  }

  // interval - computed: false, optional: true, required: false
  private _interval?: number; 
  public get interval() {
    return this.getNumberAttribute('interval');
  }
  public set interval(value: number) {
    this._interval = value;
  }
  public resetInterval() {
    this._interval = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get intervalInput() {
    return this._interval;
  }

  // type - computed: false, optional: true, required: false
  private _type?: number; 
  public get type() {
    return this.getNumberAttribute('type');
  }
  public set type(value: number) {
    this._type = value;
  }
  public resetType() {
    this._type = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }

  // notice_receivers - computed: false, optional: true, required: false
  private _noticeReceivers = new ClsAlarmNoticeNoticeRulesEscalateNoticesNoticeReceiversList(this, "notice_receivers", false);
  public get noticeReceivers() {
    return this._noticeReceivers;
  }
  public putNoticeReceivers(value: ClsAlarmNoticeNoticeRulesEscalateNoticesNoticeReceivers[] | cdktf.IResolvable) {
    this._noticeReceivers.internalValue = value;
  }
  public resetNoticeReceivers() {
    this._noticeReceivers.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get noticeReceiversInput() {
    return this._noticeReceivers.internalValue;
  }

  // web_callbacks - computed: false, optional: true, required: false
  private _webCallbacks = new ClsAlarmNoticeNoticeRulesEscalateNoticesWebCallbacksList(this, "web_callbacks", false);
  public get webCallbacks() {
    return this._webCallbacks;
  }
  public putWebCallbacks(value: ClsAlarmNoticeNoticeRulesEscalateNoticesWebCallbacks[] | cdktf.IResolvable) {
    this._webCallbacks.internalValue = value;
  }
  public resetWebCallbacks() {
    this._webCallbacks.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get webCallbacksInput() {
    return this._webCallbacks.internalValue;
  }
}

export class ClsAlarmNoticeNoticeRulesEscalateNoticesList extends cdktf.ComplexList {
  public internalValue? : ClsAlarmNoticeNoticeRulesEscalateNotices[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): ClsAlarmNoticeNoticeRulesEscalateNoticesOutputReference {
    return new ClsAlarmNoticeNoticeRulesEscalateNoticesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface ClsAlarmNoticeNoticeRulesNoticeReceivers {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#end_time ClsAlarmNotice#end_time}
  */
  readonly endTime?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#index ClsAlarmNotice#index}
  */
  readonly index?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#notice_content_id ClsAlarmNotice#notice_content_id}
  */
  readonly noticeContentId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#receiver_channels ClsAlarmNotice#receiver_channels}
  */
  readonly receiverChannels: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#receiver_ids ClsAlarmNotice#receiver_ids}
  */
  readonly receiverIds: number[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#receiver_type ClsAlarmNotice#receiver_type}
  */
  readonly receiverType: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#start_time ClsAlarmNotice#start_time}
  */
  readonly startTime?: string;
}

export function clsAlarmNoticeNoticeRulesNoticeReceiversToTerraform(struct?: ClsAlarmNoticeNoticeRulesNoticeReceivers | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    end_time: cdktf.stringToTerraform(struct!.endTime),
    index: cdktf.numberToTerraform(struct!.index),
    notice_content_id: cdktf.stringToTerraform(struct!.noticeContentId),
    receiver_channels: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.receiverChannels),
    receiver_ids: cdktf.listMapper(cdktf.numberToTerraform, false)(struct!.receiverIds),
    receiver_type: cdktf.stringToTerraform(struct!.receiverType),
    start_time: cdktf.stringToTerraform(struct!.startTime),
  }
}


export function clsAlarmNoticeNoticeRulesNoticeReceiversToHclTerraform(struct?: ClsAlarmNoticeNoticeRulesNoticeReceivers | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    end_time: {
      value: cdktf.stringToHclTerraform(struct!.endTime),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    index: {
      value: cdktf.numberToHclTerraform(struct!.index),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    notice_content_id: {
      value: cdktf.stringToHclTerraform(struct!.noticeContentId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    receiver_channels: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.receiverChannels),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    receiver_ids: {
      value: cdktf.listMapperHcl(cdktf.numberToHclTerraform, false)(struct!.receiverIds),
      isBlock: false,
      type: "set",
      storageClassType: "numberList",
    },
    receiver_type: {
      value: cdktf.stringToHclTerraform(struct!.receiverType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    start_time: {
      value: cdktf.stringToHclTerraform(struct!.startTime),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ClsAlarmNoticeNoticeRulesNoticeReceiversOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ClsAlarmNoticeNoticeRulesNoticeReceivers | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._endTime !== undefined) {
      hasAnyValues = true;
      internalValueResult.endTime = this._endTime;
    }
    if (this._index !== undefined) {
      hasAnyValues = true;
      internalValueResult.index = this._index;
    }
    if (this._noticeContentId !== undefined) {
      hasAnyValues = true;
      internalValueResult.noticeContentId = this._noticeContentId;
    }
    if (this._receiverChannels !== undefined) {
      hasAnyValues = true;
      internalValueResult.receiverChannels = this._receiverChannels;
    }
    if (this._receiverIds !== undefined) {
      hasAnyValues = true;
      internalValueResult.receiverIds = this._receiverIds;
    }
    if (this._receiverType !== undefined) {
      hasAnyValues = true;
      internalValueResult.receiverType = this._receiverType;
    }
    if (this._startTime !== undefined) {
      hasAnyValues = true;
      internalValueResult.startTime = this._startTime;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ClsAlarmNoticeNoticeRulesNoticeReceivers | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._endTime = undefined;
      this._index = undefined;
      this._noticeContentId = undefined;
      this._receiverChannels = undefined;
      this._receiverIds = undefined;
      this._receiverType = undefined;
      this._startTime = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._endTime = value.endTime;
      this._index = value.index;
      this._noticeContentId = value.noticeContentId;
      this._receiverChannels = value.receiverChannels;
      this._receiverIds = value.receiverIds;
      this._receiverType = value.receiverType;
      this._startTime = value.startTime;
    }
  }

  // end_time - computed: false, optional: true, required: false
  private _endTime?: string; 
  public get endTime() {
    return this.getStringAttribute('end_time');
  }
  public set endTime(value: string) {
    this._endTime = value;
  }
  public resetEndTime() {
    this._endTime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get endTimeInput() {
    return this._endTime;
  }

  // index - computed: true, optional: true, required: false
  private _index?: number; 
  public get index() {
    return this.getNumberAttribute('index');
  }
  public set index(value: number) {
    this._index = value;
  }
  public resetIndex() {
    this._index = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get indexInput() {
    return this._index;
  }

  // notice_content_id - computed: false, optional: true, required: false
  private _noticeContentId?: string; 
  public get noticeContentId() {
    return this.getStringAttribute('notice_content_id');
  }
  public set noticeContentId(value: string) {
    this._noticeContentId = value;
  }
  public resetNoticeContentId() {
    this._noticeContentId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get noticeContentIdInput() {
    return this._noticeContentId;
  }

  // receiver_channels - computed: false, optional: false, required: true
  private _receiverChannels?: string[]; 
  public get receiverChannels() {
    return cdktf.Fn.tolist(this.getListAttribute('receiver_channels'));
  }
  public set receiverChannels(value: string[]) {
    this._receiverChannels = value;
  }
  // Temporarily expose input value. Use with caution.
  public get receiverChannelsInput() {
    return this._receiverChannels;
  }

  // receiver_ids - computed: false, optional: false, required: true
  private _receiverIds?: number[]; 
  public get receiverIds() {
    return cdktf.Token.asNumberList(cdktf.Fn.tolist(this.getNumberListAttribute('receiver_ids')));
  }
  public set receiverIds(value: number[]) {
    this._receiverIds = value;
  }
  // Temporarily expose input value. Use with caution.
  public get receiverIdsInput() {
    return this._receiverIds;
  }

  // receiver_type - computed: false, optional: false, required: true
  private _receiverType?: string; 
  public get receiverType() {
    return this.getStringAttribute('receiver_type');
  }
  public set receiverType(value: string) {
    this._receiverType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get receiverTypeInput() {
    return this._receiverType;
  }

  // start_time - computed: false, optional: true, required: false
  private _startTime?: string; 
  public get startTime() {
    return this.getStringAttribute('start_time');
  }
  public set startTime(value: string) {
    this._startTime = value;
  }
  public resetStartTime() {
    this._startTime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get startTimeInput() {
    return this._startTime;
  }
}

export class ClsAlarmNoticeNoticeRulesNoticeReceiversList extends cdktf.ComplexList {
  public internalValue? : ClsAlarmNoticeNoticeRulesNoticeReceivers[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): ClsAlarmNoticeNoticeRulesNoticeReceiversOutputReference {
    return new ClsAlarmNoticeNoticeRulesNoticeReceiversOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface ClsAlarmNoticeNoticeRulesWebCallbacks {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#body ClsAlarmNotice#body}
  */
  readonly body?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#callback_type ClsAlarmNotice#callback_type}
  */
  readonly callbackType: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#headers ClsAlarmNotice#headers}
  */
  readonly headers?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#index ClsAlarmNotice#index}
  */
  readonly index?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#method ClsAlarmNotice#method}
  */
  readonly method?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#mobiles ClsAlarmNotice#mobiles}
  */
  readonly mobiles?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#notice_content_id ClsAlarmNotice#notice_content_id}
  */
  readonly noticeContentId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#remind_type ClsAlarmNotice#remind_type}
  */
  readonly remindType?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#url ClsAlarmNotice#url}
  */
  readonly url: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#user_ids ClsAlarmNotice#user_ids}
  */
  readonly userIds?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#web_callback_id ClsAlarmNotice#web_callback_id}
  */
  readonly webCallbackId?: string;
}

export function clsAlarmNoticeNoticeRulesWebCallbacksToTerraform(struct?: ClsAlarmNoticeNoticeRulesWebCallbacks | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    body: cdktf.stringToTerraform(struct!.body),
    callback_type: cdktf.stringToTerraform(struct!.callbackType),
    headers: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.headers),
    index: cdktf.numberToTerraform(struct!.index),
    method: cdktf.stringToTerraform(struct!.method),
    mobiles: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.mobiles),
    notice_content_id: cdktf.stringToTerraform(struct!.noticeContentId),
    remind_type: cdktf.numberToTerraform(struct!.remindType),
    url: cdktf.stringToTerraform(struct!.url),
    user_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.userIds),
    web_callback_id: cdktf.stringToTerraform(struct!.webCallbackId),
  }
}


export function clsAlarmNoticeNoticeRulesWebCallbacksToHclTerraform(struct?: ClsAlarmNoticeNoticeRulesWebCallbacks | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    body: {
      value: cdktf.stringToHclTerraform(struct!.body),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    callback_type: {
      value: cdktf.stringToHclTerraform(struct!.callbackType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    headers: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.headers),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    index: {
      value: cdktf.numberToHclTerraform(struct!.index),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    method: {
      value: cdktf.stringToHclTerraform(struct!.method),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mobiles: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.mobiles),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    notice_content_id: {
      value: cdktf.stringToHclTerraform(struct!.noticeContentId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    remind_type: {
      value: cdktf.numberToHclTerraform(struct!.remindType),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    url: {
      value: cdktf.stringToHclTerraform(struct!.url),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    user_ids: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.userIds),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    web_callback_id: {
      value: cdktf.stringToHclTerraform(struct!.webCallbackId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ClsAlarmNoticeNoticeRulesWebCallbacksOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ClsAlarmNoticeNoticeRulesWebCallbacks | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._body !== undefined) {
      hasAnyValues = true;
      internalValueResult.body = this._body;
    }
    if (this._callbackType !== undefined) {
      hasAnyValues = true;
      internalValueResult.callbackType = this._callbackType;
    }
    if (this._headers !== undefined) {
      hasAnyValues = true;
      internalValueResult.headers = this._headers;
    }
    if (this._index !== undefined) {
      hasAnyValues = true;
      internalValueResult.index = this._index;
    }
    if (this._method !== undefined) {
      hasAnyValues = true;
      internalValueResult.method = this._method;
    }
    if (this._mobiles !== undefined) {
      hasAnyValues = true;
      internalValueResult.mobiles = this._mobiles;
    }
    if (this._noticeContentId !== undefined) {
      hasAnyValues = true;
      internalValueResult.noticeContentId = this._noticeContentId;
    }
    if (this._remindType !== undefined) {
      hasAnyValues = true;
      internalValueResult.remindType = this._remindType;
    }
    if (this._url !== undefined) {
      hasAnyValues = true;
      internalValueResult.url = this._url;
    }
    if (this._userIds !== undefined) {
      hasAnyValues = true;
      internalValueResult.userIds = this._userIds;
    }
    if (this._webCallbackId !== undefined) {
      hasAnyValues = true;
      internalValueResult.webCallbackId = this._webCallbackId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ClsAlarmNoticeNoticeRulesWebCallbacks | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._body = undefined;
      this._callbackType = undefined;
      this._headers = undefined;
      this._index = undefined;
      this._method = undefined;
      this._mobiles = undefined;
      this._noticeContentId = undefined;
      this._remindType = undefined;
      this._url = undefined;
      this._userIds = undefined;
      this._webCallbackId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._body = value.body;
      this._callbackType = value.callbackType;
      this._headers = value.headers;
      this._index = value.index;
      this._method = value.method;
      this._mobiles = value.mobiles;
      this._noticeContentId = value.noticeContentId;
      this._remindType = value.remindType;
      this._url = value.url;
      this._userIds = value.userIds;
      this._webCallbackId = value.webCallbackId;
    }
  }

  // body - computed: false, optional: true, required: false
  private _body?: string; 
  public get body() {
    return this.getStringAttribute('body');
  }
  public set body(value: string) {
    this._body = value;
  }
  public resetBody() {
    this._body = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bodyInput() {
    return this._body;
  }

  // callback_type - computed: false, optional: false, required: true
  private _callbackType?: string; 
  public get callbackType() {
    return this.getStringAttribute('callback_type');
  }
  public set callbackType(value: string) {
    this._callbackType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get callbackTypeInput() {
    return this._callbackType;
  }

  // headers - computed: false, optional: true, required: false
  private _headers?: string[]; 
  public get headers() {
    return cdktf.Fn.tolist(this.getListAttribute('headers'));
  }
  public set headers(value: string[]) {
    this._headers = value;
  }
  public resetHeaders() {
    this._headers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get headersInput() {
    return this._headers;
  }

  // index - computed: true, optional: true, required: false
  private _index?: number; 
  public get index() {
    return this.getNumberAttribute('index');
  }
  public set index(value: number) {
    this._index = value;
  }
  public resetIndex() {
    this._index = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get indexInput() {
    return this._index;
  }

  // method - computed: false, optional: true, required: false
  private _method?: string; 
  public get method() {
    return this.getStringAttribute('method');
  }
  public set method(value: string) {
    this._method = value;
  }
  public resetMethod() {
    this._method = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get methodInput() {
    return this._method;
  }

  // mobiles - computed: false, optional: true, required: false
  private _mobiles?: string[]; 
  public get mobiles() {
    return cdktf.Fn.tolist(this.getListAttribute('mobiles'));
  }
  public set mobiles(value: string[]) {
    this._mobiles = value;
  }
  public resetMobiles() {
    this._mobiles = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mobilesInput() {
    return this._mobiles;
  }

  // notice_content_id - computed: false, optional: true, required: false
  private _noticeContentId?: string; 
  public get noticeContentId() {
    return this.getStringAttribute('notice_content_id');
  }
  public set noticeContentId(value: string) {
    this._noticeContentId = value;
  }
  public resetNoticeContentId() {
    this._noticeContentId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get noticeContentIdInput() {
    return this._noticeContentId;
  }

  // remind_type - computed: false, optional: true, required: false
  private _remindType?: number; 
  public get remindType() {
    return this.getNumberAttribute('remind_type');
  }
  public set remindType(value: number) {
    this._remindType = value;
  }
  public resetRemindType() {
    this._remindType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get remindTypeInput() {
    return this._remindType;
  }

  // url - computed: false, optional: false, required: true
  private _url?: string; 
  public get url() {
    return this.getStringAttribute('url');
  }
  public set url(value: string) {
    this._url = value;
  }
  // Temporarily expose input value. Use with caution.
  public get urlInput() {
    return this._url;
  }

  // user_ids - computed: false, optional: true, required: false
  private _userIds?: string[]; 
  public get userIds() {
    return cdktf.Fn.tolist(this.getListAttribute('user_ids'));
  }
  public set userIds(value: string[]) {
    this._userIds = value;
  }
  public resetUserIds() {
    this._userIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userIdsInput() {
    return this._userIds;
  }

  // web_callback_id - computed: false, optional: true, required: false
  private _webCallbackId?: string; 
  public get webCallbackId() {
    return this.getStringAttribute('web_callback_id');
  }
  public set webCallbackId(value: string) {
    this._webCallbackId = value;
  }
  public resetWebCallbackId() {
    this._webCallbackId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get webCallbackIdInput() {
    return this._webCallbackId;
  }
}

export class ClsAlarmNoticeNoticeRulesWebCallbacksList extends cdktf.ComplexList {
  public internalValue? : ClsAlarmNoticeNoticeRulesWebCallbacks[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): ClsAlarmNoticeNoticeRulesWebCallbacksOutputReference {
    return new ClsAlarmNoticeNoticeRulesWebCallbacksOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface ClsAlarmNoticeNoticeRules {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#escalate ClsAlarmNotice#escalate}
  */
  readonly escalate?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#interval ClsAlarmNotice#interval}
  */
  readonly interval?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#rule ClsAlarmNotice#rule}
  */
  readonly rule?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#type ClsAlarmNotice#type}
  */
  readonly type?: number;
  /**
  * escalate_notices block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#escalate_notices ClsAlarmNotice#escalate_notices}
  */
  readonly escalateNotices?: ClsAlarmNoticeNoticeRulesEscalateNotices[] | cdktf.IResolvable;
  /**
  * notice_receivers block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#notice_receivers ClsAlarmNotice#notice_receivers}
  */
  readonly noticeReceivers?: ClsAlarmNoticeNoticeRulesNoticeReceivers[] | cdktf.IResolvable;
  /**
  * web_callbacks block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#web_callbacks ClsAlarmNotice#web_callbacks}
  */
  readonly webCallbacks?: ClsAlarmNoticeNoticeRulesWebCallbacks[] | cdktf.IResolvable;
}

export function clsAlarmNoticeNoticeRulesToTerraform(struct?: ClsAlarmNoticeNoticeRules | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    escalate: cdktf.booleanToTerraform(struct!.escalate),
    interval: cdktf.numberToTerraform(struct!.interval),
    rule: cdktf.stringToTerraform(struct!.rule),
    type: cdktf.numberToTerraform(struct!.type),
    escalate_notices: cdktf.listMapper(clsAlarmNoticeNoticeRulesEscalateNoticesToTerraform, true)(struct!.escalateNotices),
    notice_receivers: cdktf.listMapper(clsAlarmNoticeNoticeRulesNoticeReceiversToTerraform, true)(struct!.noticeReceivers),
    web_callbacks: cdktf.listMapper(clsAlarmNoticeNoticeRulesWebCallbacksToTerraform, true)(struct!.webCallbacks),
  }
}


export function clsAlarmNoticeNoticeRulesToHclTerraform(struct?: ClsAlarmNoticeNoticeRules | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    escalate: {
      value: cdktf.booleanToHclTerraform(struct!.escalate),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    interval: {
      value: cdktf.numberToHclTerraform(struct!.interval),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    rule: {
      value: cdktf.stringToHclTerraform(struct!.rule),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    type: {
      value: cdktf.numberToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    escalate_notices: {
      value: cdktf.listMapperHcl(clsAlarmNoticeNoticeRulesEscalateNoticesToHclTerraform, true)(struct!.escalateNotices),
      isBlock: true,
      type: "list",
      storageClassType: "ClsAlarmNoticeNoticeRulesEscalateNoticesList",
    },
    notice_receivers: {
      value: cdktf.listMapperHcl(clsAlarmNoticeNoticeRulesNoticeReceiversToHclTerraform, true)(struct!.noticeReceivers),
      isBlock: true,
      type: "list",
      storageClassType: "ClsAlarmNoticeNoticeRulesNoticeReceiversList",
    },
    web_callbacks: {
      value: cdktf.listMapperHcl(clsAlarmNoticeNoticeRulesWebCallbacksToHclTerraform, true)(struct!.webCallbacks),
      isBlock: true,
      type: "list",
      storageClassType: "ClsAlarmNoticeNoticeRulesWebCallbacksList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ClsAlarmNoticeNoticeRulesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ClsAlarmNoticeNoticeRules | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._escalate !== undefined) {
      hasAnyValues = true;
      internalValueResult.escalate = this._escalate;
    }
    if (this._interval !== undefined) {
      hasAnyValues = true;
      internalValueResult.interval = this._interval;
    }
    if (this._rule !== undefined) {
      hasAnyValues = true;
      internalValueResult.rule = this._rule;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    if (this._escalateNotices?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.escalateNotices = this._escalateNotices?.internalValue;
    }
    if (this._noticeReceivers?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.noticeReceivers = this._noticeReceivers?.internalValue;
    }
    if (this._webCallbacks?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.webCallbacks = this._webCallbacks?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ClsAlarmNoticeNoticeRules | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._escalate = undefined;
      this._interval = undefined;
      this._rule = undefined;
      this._type = undefined;
      this._escalateNotices.internalValue = undefined;
      this._noticeReceivers.internalValue = undefined;
      this._webCallbacks.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._escalate = value.escalate;
      this._interval = value.interval;
      this._rule = value.rule;
      this._type = value.type;
      this._escalateNotices.internalValue = value.escalateNotices;
      this._noticeReceivers.internalValue = value.noticeReceivers;
      this._webCallbacks.internalValue = value.webCallbacks;
    }
  }

  // escalate - computed: false, optional: true, required: false
  private _escalate?: boolean | cdktf.IResolvable; 
  public get escalate() {
    return this.getBooleanAttribute('escalate');
  }
  public set escalate(value: boolean | cdktf.IResolvable) {
    this._escalate = value;
  }
  public resetEscalate() {
    this._escalate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get escalateInput() {
    return this._escalate;
  }

  // interval - computed: false, optional: true, required: false
  private _interval?: number; 
  public get interval() {
    return this.getNumberAttribute('interval');
  }
  public set interval(value: number) {
    this._interval = value;
  }
  public resetInterval() {
    this._interval = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get intervalInput() {
    return this._interval;
  }

  // rule - computed: false, optional: true, required: false
  private _rule?: string; 
  public get rule() {
    return this.getStringAttribute('rule');
  }
  public set rule(value: string) {
    this._rule = value;
  }
  public resetRule() {
    this._rule = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ruleInput() {
    return this._rule;
  }

  // type - computed: false, optional: true, required: false
  private _type?: number; 
  public get type() {
    return this.getNumberAttribute('type');
  }
  public set type(value: number) {
    this._type = value;
  }
  public resetType() {
    this._type = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }

  // escalate_notices - computed: false, optional: true, required: false
  private _escalateNotices = new ClsAlarmNoticeNoticeRulesEscalateNoticesList(this, "escalate_notices", false);
  public get escalateNotices() {
    return this._escalateNotices;
  }
  public putEscalateNotices(value: ClsAlarmNoticeNoticeRulesEscalateNotices[] | cdktf.IResolvable) {
    this._escalateNotices.internalValue = value;
  }
  public resetEscalateNotices() {
    this._escalateNotices.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get escalateNoticesInput() {
    return this._escalateNotices.internalValue;
  }

  // notice_receivers - computed: false, optional: true, required: false
  private _noticeReceivers = new ClsAlarmNoticeNoticeRulesNoticeReceiversList(this, "notice_receivers", false);
  public get noticeReceivers() {
    return this._noticeReceivers;
  }
  public putNoticeReceivers(value: ClsAlarmNoticeNoticeRulesNoticeReceivers[] | cdktf.IResolvable) {
    this._noticeReceivers.internalValue = value;
  }
  public resetNoticeReceivers() {
    this._noticeReceivers.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get noticeReceiversInput() {
    return this._noticeReceivers.internalValue;
  }

  // web_callbacks - computed: false, optional: true, required: false
  private _webCallbacks = new ClsAlarmNoticeNoticeRulesWebCallbacksList(this, "web_callbacks", false);
  public get webCallbacks() {
    return this._webCallbacks;
  }
  public putWebCallbacks(value: ClsAlarmNoticeNoticeRulesWebCallbacks[] | cdktf.IResolvable) {
    this._webCallbacks.internalValue = value;
  }
  public resetWebCallbacks() {
    this._webCallbacks.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get webCallbacksInput() {
    return this._webCallbacks.internalValue;
  }
}

export class ClsAlarmNoticeNoticeRulesList extends cdktf.ComplexList {
  public internalValue? : ClsAlarmNoticeNoticeRules[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): ClsAlarmNoticeNoticeRulesOutputReference {
    return new ClsAlarmNoticeNoticeRulesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface ClsAlarmNoticeWebCallbacks {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#body ClsAlarmNotice#body}
  */
  readonly body?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#callback_type ClsAlarmNotice#callback_type}
  */
  readonly callbackType: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#headers ClsAlarmNotice#headers}
  */
  readonly headers?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#index ClsAlarmNotice#index}
  */
  readonly index?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#method ClsAlarmNotice#method}
  */
  readonly method?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#mobiles ClsAlarmNotice#mobiles}
  */
  readonly mobiles?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#notice_content_id ClsAlarmNotice#notice_content_id}
  */
  readonly noticeContentId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#remind_type ClsAlarmNotice#remind_type}
  */
  readonly remindType?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#url ClsAlarmNotice#url}
  */
  readonly url: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#user_ids ClsAlarmNotice#user_ids}
  */
  readonly userIds?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#web_callback_id ClsAlarmNotice#web_callback_id}
  */
  readonly webCallbackId?: string;
}

export function clsAlarmNoticeWebCallbacksToTerraform(struct?: ClsAlarmNoticeWebCallbacks | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    body: cdktf.stringToTerraform(struct!.body),
    callback_type: cdktf.stringToTerraform(struct!.callbackType),
    headers: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.headers),
    index: cdktf.numberToTerraform(struct!.index),
    method: cdktf.stringToTerraform(struct!.method),
    mobiles: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.mobiles),
    notice_content_id: cdktf.stringToTerraform(struct!.noticeContentId),
    remind_type: cdktf.numberToTerraform(struct!.remindType),
    url: cdktf.stringToTerraform(struct!.url),
    user_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.userIds),
    web_callback_id: cdktf.stringToTerraform(struct!.webCallbackId),
  }
}


export function clsAlarmNoticeWebCallbacksToHclTerraform(struct?: ClsAlarmNoticeWebCallbacks | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    body: {
      value: cdktf.stringToHclTerraform(struct!.body),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    callback_type: {
      value: cdktf.stringToHclTerraform(struct!.callbackType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    headers: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.headers),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    index: {
      value: cdktf.numberToHclTerraform(struct!.index),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    method: {
      value: cdktf.stringToHclTerraform(struct!.method),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mobiles: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.mobiles),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    notice_content_id: {
      value: cdktf.stringToHclTerraform(struct!.noticeContentId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    remind_type: {
      value: cdktf.numberToHclTerraform(struct!.remindType),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    url: {
      value: cdktf.stringToHclTerraform(struct!.url),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    user_ids: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.userIds),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    web_callback_id: {
      value: cdktf.stringToHclTerraform(struct!.webCallbackId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ClsAlarmNoticeWebCallbacksOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ClsAlarmNoticeWebCallbacks | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._body !== undefined) {
      hasAnyValues = true;
      internalValueResult.body = this._body;
    }
    if (this._callbackType !== undefined) {
      hasAnyValues = true;
      internalValueResult.callbackType = this._callbackType;
    }
    if (this._headers !== undefined) {
      hasAnyValues = true;
      internalValueResult.headers = this._headers;
    }
    if (this._index !== undefined) {
      hasAnyValues = true;
      internalValueResult.index = this._index;
    }
    if (this._method !== undefined) {
      hasAnyValues = true;
      internalValueResult.method = this._method;
    }
    if (this._mobiles !== undefined) {
      hasAnyValues = true;
      internalValueResult.mobiles = this._mobiles;
    }
    if (this._noticeContentId !== undefined) {
      hasAnyValues = true;
      internalValueResult.noticeContentId = this._noticeContentId;
    }
    if (this._remindType !== undefined) {
      hasAnyValues = true;
      internalValueResult.remindType = this._remindType;
    }
    if (this._url !== undefined) {
      hasAnyValues = true;
      internalValueResult.url = this._url;
    }
    if (this._userIds !== undefined) {
      hasAnyValues = true;
      internalValueResult.userIds = this._userIds;
    }
    if (this._webCallbackId !== undefined) {
      hasAnyValues = true;
      internalValueResult.webCallbackId = this._webCallbackId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ClsAlarmNoticeWebCallbacks | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._body = undefined;
      this._callbackType = undefined;
      this._headers = undefined;
      this._index = undefined;
      this._method = undefined;
      this._mobiles = undefined;
      this._noticeContentId = undefined;
      this._remindType = undefined;
      this._url = undefined;
      this._userIds = undefined;
      this._webCallbackId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._body = value.body;
      this._callbackType = value.callbackType;
      this._headers = value.headers;
      this._index = value.index;
      this._method = value.method;
      this._mobiles = value.mobiles;
      this._noticeContentId = value.noticeContentId;
      this._remindType = value.remindType;
      this._url = value.url;
      this._userIds = value.userIds;
      this._webCallbackId = value.webCallbackId;
    }
  }

  // body - computed: false, optional: true, required: false
  private _body?: string; 
  public get body() {
    return this.getStringAttribute('body');
  }
  public set body(value: string) {
    this._body = value;
  }
  public resetBody() {
    this._body = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bodyInput() {
    return this._body;
  }

  // callback_type - computed: false, optional: false, required: true
  private _callbackType?: string; 
  public get callbackType() {
    return this.getStringAttribute('callback_type');
  }
  public set callbackType(value: string) {
    this._callbackType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get callbackTypeInput() {
    return this._callbackType;
  }

  // headers - computed: false, optional: true, required: false
  private _headers?: string[]; 
  public get headers() {
    return cdktf.Fn.tolist(this.getListAttribute('headers'));
  }
  public set headers(value: string[]) {
    this._headers = value;
  }
  public resetHeaders() {
    this._headers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get headersInput() {
    return this._headers;
  }

  // index - computed: true, optional: true, required: false
  private _index?: number; 
  public get index() {
    return this.getNumberAttribute('index');
  }
  public set index(value: number) {
    this._index = value;
  }
  public resetIndex() {
    this._index = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get indexInput() {
    return this._index;
  }

  // method - computed: false, optional: true, required: false
  private _method?: string; 
  public get method() {
    return this.getStringAttribute('method');
  }
  public set method(value: string) {
    this._method = value;
  }
  public resetMethod() {
    this._method = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get methodInput() {
    return this._method;
  }

  // mobiles - computed: false, optional: true, required: false
  private _mobiles?: string[]; 
  public get mobiles() {
    return cdktf.Fn.tolist(this.getListAttribute('mobiles'));
  }
  public set mobiles(value: string[]) {
    this._mobiles = value;
  }
  public resetMobiles() {
    this._mobiles = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mobilesInput() {
    return this._mobiles;
  }

  // notice_content_id - computed: false, optional: true, required: false
  private _noticeContentId?: string; 
  public get noticeContentId() {
    return this.getStringAttribute('notice_content_id');
  }
  public set noticeContentId(value: string) {
    this._noticeContentId = value;
  }
  public resetNoticeContentId() {
    this._noticeContentId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get noticeContentIdInput() {
    return this._noticeContentId;
  }

  // remind_type - computed: false, optional: true, required: false
  private _remindType?: number; 
  public get remindType() {
    return this.getNumberAttribute('remind_type');
  }
  public set remindType(value: number) {
    this._remindType = value;
  }
  public resetRemindType() {
    this._remindType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get remindTypeInput() {
    return this._remindType;
  }

  // url - computed: false, optional: false, required: true
  private _url?: string; 
  public get url() {
    return this.getStringAttribute('url');
  }
  public set url(value: string) {
    this._url = value;
  }
  // Temporarily expose input value. Use with caution.
  public get urlInput() {
    return this._url;
  }

  // user_ids - computed: false, optional: true, required: false
  private _userIds?: string[]; 
  public get userIds() {
    return cdktf.Fn.tolist(this.getListAttribute('user_ids'));
  }
  public set userIds(value: string[]) {
    this._userIds = value;
  }
  public resetUserIds() {
    this._userIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userIdsInput() {
    return this._userIds;
  }

  // web_callback_id - computed: false, optional: true, required: false
  private _webCallbackId?: string; 
  public get webCallbackId() {
    return this.getStringAttribute('web_callback_id');
  }
  public set webCallbackId(value: string) {
    this._webCallbackId = value;
  }
  public resetWebCallbackId() {
    this._webCallbackId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get webCallbackIdInput() {
    return this._webCallbackId;
  }
}

export class ClsAlarmNoticeWebCallbacksList extends cdktf.ComplexList {
  public internalValue? : ClsAlarmNoticeWebCallbacks[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): ClsAlarmNoticeWebCallbacksOutputReference {
    return new ClsAlarmNoticeWebCallbacksOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice tencentcloud_cls_alarm_notice}
*/
export class ClsAlarmNotice extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "tencentcloud_cls_alarm_notice";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ClsAlarmNotice resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ClsAlarmNotice to import
  * @param importFromId The id of the existing ClsAlarmNotice that should be imported. Refer to the {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ClsAlarmNotice to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "tencentcloud_cls_alarm_notice", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cls_alarm_notice tencentcloud_cls_alarm_notice} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ClsAlarmNoticeConfig
  */
  public constructor(scope: Construct, id: string, config: ClsAlarmNoticeConfig) {
    super(scope, id, {
      terraformResourceType: 'tencentcloud_cls_alarm_notice',
      terraformGeneratorMetadata: {
        providerName: 'tencentcloud',
        providerVersionConstraint: '>= 1.81.138, < 2.0.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._alarmShieldStatus = config.alarmShieldStatus;
    this._callbackPrioritize = config.callbackPrioritize;
    this._deliverStatus = config.deliverStatus;
    this._id = config.id;
    this._jumpDomain = config.jumpDomain;
    this._name = config.name;
    this._tags = config.tags;
    this._type = config.type;
    this._deliverConfig.internalValue = config.deliverConfig;
    this._noticeReceivers.internalValue = config.noticeReceivers;
    this._noticeRules.internalValue = config.noticeRules;
    this._webCallbacks.internalValue = config.webCallbacks;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // alarm_shield_status - computed: true, optional: true, required: false
  private _alarmShieldStatus?: number; 
  public get alarmShieldStatus() {
    return this.getNumberAttribute('alarm_shield_status');
  }
  public set alarmShieldStatus(value: number) {
    this._alarmShieldStatus = value;
  }
  public resetAlarmShieldStatus() {
    this._alarmShieldStatus = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alarmShieldStatusInput() {
    return this._alarmShieldStatus;
  }

  // callback_prioritize - computed: false, optional: true, required: false
  private _callbackPrioritize?: boolean | cdktf.IResolvable; 
  public get callbackPrioritize() {
    return this.getBooleanAttribute('callback_prioritize');
  }
  public set callbackPrioritize(value: boolean | cdktf.IResolvable) {
    this._callbackPrioritize = value;
  }
  public resetCallbackPrioritize() {
    this._callbackPrioritize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get callbackPrioritizeInput() {
    return this._callbackPrioritize;
  }

  // deliver_status - computed: true, optional: true, required: false
  private _deliverStatus?: number; 
  public get deliverStatus() {
    return this.getNumberAttribute('deliver_status');
  }
  public set deliverStatus(value: number) {
    this._deliverStatus = value;
  }
  public resetDeliverStatus() {
    this._deliverStatus = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deliverStatusInput() {
    return this._deliverStatus;
  }

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // jump_domain - computed: false, optional: true, required: false
  private _jumpDomain?: string; 
  public get jumpDomain() {
    return this.getStringAttribute('jump_domain');
  }
  public set jumpDomain(value: string) {
    this._jumpDomain = value;
  }
  public resetJumpDomain() {
    this._jumpDomain = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get jumpDomainInput() {
    return this._jumpDomain;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // tags - computed: false, optional: true, required: false
  private _tags?: { [key: string]: string }; 
  public get tags() {
    return this.getStringMapAttribute('tags');
  }
  public set tags(value: { [key: string]: string }) {
    this._tags = value;
  }
  public resetTags() {
    this._tags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagsInput() {
    return this._tags;
  }

  // type - computed: true, optional: true, required: false
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  public resetType() {
    this._type = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }

  // deliver_config - computed: false, optional: true, required: false
  private _deliverConfig = new ClsAlarmNoticeDeliverConfigOutputReference(this, "deliver_config");
  public get deliverConfig() {
    return this._deliverConfig;
  }
  public putDeliverConfig(value: ClsAlarmNoticeDeliverConfig) {
    this._deliverConfig.internalValue = value;
  }
  public resetDeliverConfig() {
    this._deliverConfig.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deliverConfigInput() {
    return this._deliverConfig.internalValue;
  }

  // notice_receivers - computed: false, optional: true, required: false
  private _noticeReceivers = new ClsAlarmNoticeNoticeReceiversList(this, "notice_receivers", false);
  public get noticeReceivers() {
    return this._noticeReceivers;
  }
  public putNoticeReceivers(value: ClsAlarmNoticeNoticeReceivers[] | cdktf.IResolvable) {
    this._noticeReceivers.internalValue = value;
  }
  public resetNoticeReceivers() {
    this._noticeReceivers.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get noticeReceiversInput() {
    return this._noticeReceivers.internalValue;
  }

  // notice_rules - computed: false, optional: true, required: false
  private _noticeRules = new ClsAlarmNoticeNoticeRulesList(this, "notice_rules", false);
  public get noticeRules() {
    return this._noticeRules;
  }
  public putNoticeRules(value: ClsAlarmNoticeNoticeRules[] | cdktf.IResolvable) {
    this._noticeRules.internalValue = value;
  }
  public resetNoticeRules() {
    this._noticeRules.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get noticeRulesInput() {
    return this._noticeRules.internalValue;
  }

  // web_callbacks - computed: false, optional: true, required: false
  private _webCallbacks = new ClsAlarmNoticeWebCallbacksList(this, "web_callbacks", false);
  public get webCallbacks() {
    return this._webCallbacks;
  }
  public putWebCallbacks(value: ClsAlarmNoticeWebCallbacks[] | cdktf.IResolvable) {
    this._webCallbacks.internalValue = value;
  }
  public resetWebCallbacks() {
    this._webCallbacks.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get webCallbacksInput() {
    return this._webCallbacks.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      alarm_shield_status: cdktf.numberToTerraform(this._alarmShieldStatus),
      callback_prioritize: cdktf.booleanToTerraform(this._callbackPrioritize),
      deliver_status: cdktf.numberToTerraform(this._deliverStatus),
      id: cdktf.stringToTerraform(this._id),
      jump_domain: cdktf.stringToTerraform(this._jumpDomain),
      name: cdktf.stringToTerraform(this._name),
      tags: cdktf.hashMapper(cdktf.stringToTerraform)(this._tags),
      type: cdktf.stringToTerraform(this._type),
      deliver_config: clsAlarmNoticeDeliverConfigToTerraform(this._deliverConfig.internalValue),
      notice_receivers: cdktf.listMapper(clsAlarmNoticeNoticeReceiversToTerraform, true)(this._noticeReceivers.internalValue),
      notice_rules: cdktf.listMapper(clsAlarmNoticeNoticeRulesToTerraform, true)(this._noticeRules.internalValue),
      web_callbacks: cdktf.listMapper(clsAlarmNoticeWebCallbacksToTerraform, true)(this._webCallbacks.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      alarm_shield_status: {
        value: cdktf.numberToHclTerraform(this._alarmShieldStatus),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      callback_prioritize: {
        value: cdktf.booleanToHclTerraform(this._callbackPrioritize),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      deliver_status: {
        value: cdktf.numberToHclTerraform(this._deliverStatus),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      jump_domain: {
        value: cdktf.stringToHclTerraform(this._jumpDomain),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tags: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._tags),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      type: {
        value: cdktf.stringToHclTerraform(this._type),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      deliver_config: {
        value: clsAlarmNoticeDeliverConfigToHclTerraform(this._deliverConfig.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "ClsAlarmNoticeDeliverConfigList",
      },
      notice_receivers: {
        value: cdktf.listMapperHcl(clsAlarmNoticeNoticeReceiversToHclTerraform, true)(this._noticeReceivers.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "ClsAlarmNoticeNoticeReceiversList",
      },
      notice_rules: {
        value: cdktf.listMapperHcl(clsAlarmNoticeNoticeRulesToHclTerraform, true)(this._noticeRules.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "ClsAlarmNoticeNoticeRulesList",
      },
      web_callbacks: {
        value: cdktf.listMapperHcl(clsAlarmNoticeWebCallbacksToHclTerraform, true)(this._webCallbacks.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "ClsAlarmNoticeWebCallbacksList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
