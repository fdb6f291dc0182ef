<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlgorithmDialog</name>
    <message>
        <location filename="../../ui/algorithm_dialog.py" line="123" />
        <source>{} [optional]</source>
        <translation>{}［可选］</translation>
    </message>
    <message>
        <location filename="../../ui/algorithm_dialog.py" line="172" />
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <location filename="../../ui/algorithm_dialog.py" line="202" />
        <source>(automatic)</source>
        <translation>（自动）</translation>
    </message>
    <message>
        <location filename="../../ui/algorithm_dialog.py" line="410" />
        <source>Canceling …</source>
        <translation>正在取消……</translation>
    </message>
    <message>
        <location filename="../../ui/algorithm_dialog.py" line="424" />
        <source>Warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <location filename="../../ui/algorithm_dialog.py" line="425" />
        <source>Error: </source>
        <translation>错误：</translation>
    </message>
    <message>
        <location filename="../../ui/algorithm_dialog.py" line="451" />
        <source>The algorithm failed; see the Log tab.</source>
        <translation>算法运行失败，详见“日志”页。</translation>
    </message>
    <message>
        <location filename="../../ui/algorithm_dialog.py" line="460" />
        <source>Done: the outputs are in the layer group “{}”.</source>
        <translation>完成：输出位于图层组“{}”中。</translation>
    </message>
    <message>
        <location filename="../../ui/algorithm_dialog.py" line="467" />
        <source>Could not show the results: {}</source>
        <translation>无法显示结果：{}</translation>
    </message>
    <message>
        <location filename="../../ui/algorithm_dialog.py" line="524" />
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ui/algorithm_dialog.py" line="533" />
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>AnalyseFacilityGapsAlgorithm</name>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="81" />
        <source>Demand: villages or settlements (points or polygons)</source>
        <translation>需求点：村庄或居民点（点或面）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="84" />
        <source>Demand id field</source>
        <translation>需求点编码字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="86" />
        <source>Population field (the people the standard counts)</source>
        <translation>人口字段（标准所针对的人口）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="89" />
        <source>Facilities (points)</source>
        <translation>设施（点）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="91" />
        <source>Facility id field</source>
        <translation>设施编码字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="94" />
        <source>Capacity field (seats, doctors, beds; default 1 each)</source>
        <translation>供给能力字段（学位、医生、床位；默认每处 1）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="98" />
        <source>Road network (lines; straight lines × detour if none)</source>
        <translation>道路网络（线；缺省时按直线距离×绕行系数）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="101" />
        <source>Speed field, km/h (car)</source>
        <translation>车速字段（km/h，机动车）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="101" />
        <source>Road class field (county/township/village)</source>
        <translation>道路等级字段（县道/乡道/村道）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="101" />
        <source>One-way field (forward/backward/both)</source>
        <translation>单行字段（正向/反向/双向）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="110" />
        <source>Standard preset id (e.g. rural_primary_school; empty = custom)</source>
        <translation>标准预设编号（如 rural_primary_school；留空为自定义）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="114" />
        <source>Standards table (CSV; default: national presets)</source>
        <translation>标准表（CSV；默认为国家标准预设）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="117" />
        <source>Travel mode (default: the preset's)</source>
        <translation>出行方式（默认取预设）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="117" />
        <source>Walk</source>
        <translation>步行</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="117" />
        <source>Bicycle</source>
        <translation>自行车</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="117" />
        <source>E-bike</source>
        <translation>电动自行车</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="117" />
        <source>Car</source>
        <translation>机动车</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="121" />
        <source>Cost unit (default: the preset's)</source>
        <translation>成本单位（默认取预设）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="121" />
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="121" />
        <source>Meters</source>
        <translation>米</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="124" />
        <source>Threshold: standard travel time or distance (inclusive)</source>
        <translation>阈值：标准出行时间或距离（含边界）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="127" />
        <source>Provision standard per 1000 people</source>
        <translation>千人配置标准</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="130" />
        <source>Accessibility method</source>
        <translation>可达性方法</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="130" />
        <source>2SFCA</source>
        <translation>两步移动搜索法（2SFCA）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="130" />
        <source>Enhanced 2SFCA (step weights)</source>
        <translation>增强两步移动搜索法（E2SFCA，分段权重）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="130" />
        <source>Gaussian 2SFCA</source>
        <translation>高斯两步移动搜索法</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="134" />
        <source>E2SFCA step weights (upper bound:weight, ...)</source>
        <translation>E2SFCA 分段权重（上界:权重, ...）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="137" />
        <source>Largest distance from a road, m</source>
        <translation>距道路最大距离（米）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="140" />
        <source>Detour factor without a network</source>
        <translation>无路网时的绕行系数</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="143" />
        <source>Zones for the summary (townships)</source>
        <translation>汇总分区（乡镇）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="146" />
        <source>Zone name field</source>
        <translation>分区名称字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="149" />
        <source>Working CRS (projected; default: automatic)</source>
        <translation>计算坐标系（投影坐标系；默认自动选择）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="152" />
        <source>Demand with access and gaps</source>
        <translation>需求点可达性与缺口</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="154" />
        <source>Facilities with catchment and load</source>
        <translation>设施服务范围与负荷</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="156" />
        <source>Coverage and deficit per zone</source>
        <translation>分区覆盖率与缺口</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="183" />
        <source>STANDARD '{}' is not in {}; known ids: {}</source>
        <translation>标准“{}”不在 {} 中；可用编号：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="206" />
        <source>Set THRESHOLD (&gt; 0) or choose a STANDARD preset that has one.</source>
        <translation>请设置阈值 THRESHOLD（&gt; 0），或选择含阈值的标准预设 STANDARD。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="255" />
        <source>Standard {}: {} {} — {} ({})</source>
        <translation>标准 {}：{} {} — {}（{}）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="257" />
        <source>Threshold {} {} by {}; provision {} per 1000; method {}; working CRS {}</source>
        <translation>阈值 {} {}（{}）；千人配置 {}；方法 {}；计算坐标系 {}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="266" />
        <source>Layer DEMAND has no features.</source>
        <translation>需求点图层（DEMAND）没有要素。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="271" />
        <source>Population is NULL or negative for {} demand features ({}): they count as nobody and their gap is NULL</source>
        <translation>{} 个需求点人口为空或为负（{}）：按 0 人计，其缺口为空值</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="285" />
        <source>Layer FACILITIES has no features: there is nothing to reach.</source>
        <translation>设施图层（FACILITIES）没有要素，无可到达的设施。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="291" />
        <source>Capacity is NULL or negative for {} facilities ({}): they still count for reach (nearest, coverage) but supply nothing</source>
        <translation>{} 处设施供给能力为空或为负（{}）：仍计入可达（最近设施、覆盖），但供给为 0</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="307" />
        <source>No NETWORK: straight-line distance × {} is used.</source>
        <translation>未提供路网：采用直线距离 × {}。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="312" />
        <source>Building the road graph ...</source>
        <translation>正在构建道路网络图……</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="315" />
        <source>{} roads have no usable speed: their class's or the mode's default speed is used</source>
        <translation>{} 条道路无可用车速：采用其道路等级或出行方式的默认速度</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="315" />
        <source>{} roads have an unknown one-way value: both directions are used</source>
        <translation>{} 条道路的单行值无法识别：按双向通行</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="315" />
        <source>{} roads without geometry were left out</source>
        <translation>{} 条无几何的道路被忽略</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="323" />
        <source>Layer NETWORK has no usable lines.</source>
        <translation>路网图层（NETWORK）没有可用的线。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="330" />
        <source>Shortest paths within {} {} ...</source>
        <translation>正在计算 {} {} 以内的最短路径……</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="350" />
        <source>{} demand features cannot reach any facility (off the network or in a disconnected part): {}</source>
        <translation>{} 个需求点无法到达任何设施（远离路网或位于不连通的路网部分）：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="356" />
        <source>{} facilities have nobody within the threshold: supply ratio NULL ({})</source>
        <translation>{} 处设施在阈值内无服务人口：供需比为空值（{}）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="401" />
        <source>Coverage {:.1%}; blind spots {}; under-served {}; deficit {}</source>
        <translation>覆盖率 {:.1%}；服务盲区 {} 个；供给不足 {} 个；缺口 {}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="441" />
        <source>Facility gap analysis (公共服务设施缺口分析)</source>
        <translation>公共服务设施缺口分析</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="444" />
        <source>Public services</source>
        <translation>公共服务</translation>
    </message>
</context>
<context>
    <name>BalanceLandQuotaAlgorithm</name>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="130" />
        <source>拆旧 candidates: rural construction land to reclaim (polygons)</source>
        <translation>拆旧候选地块：拟复垦的农村建设用地（面）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="133" />
        <source>拆旧 id field</source>
        <translation>拆旧地块编号字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="134" />
        <source>拆旧 area field, m² (default: polygon area)</source>
        <translation>拆旧面积字段，平方米（默认：图斑面积）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="136" />
        <source>Reclamation coefficient κ field (share that becomes cultivated land)</source>
        <translation>复垦系数 κ 字段（复垦为耕地的比例）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="138" />
        <source>Default κ (where no field or NULL)</source>
        <translation>默认复垦系数 κ（无字段或为空时）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="140" />
        <source>Grade of the reclaimed land field (等别 or 等级)</source>
        <translation>复垦耕地质量字段（等别或等级）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="142" />
        <source>Default grade of the reclaimed land</source>
        <translation>复垦耕地默认质量等别</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="144" />
        <source>Cost field (demolition, compensation, reclamation)</source>
        <translation>成本字段（拆迁、补偿、复垦）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="146" />
        <source>Unit cost per ha (where no cost field)</source>
        <translation>每公顷单位成本（无成本字段时）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="147" />
        <source>Priority field (e.g. hollow_score)</source>
        <translation>优先度字段（如 hollow_score）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="149" />
        <source>Priority from polygons (e.g. the output of Hollow village detection)</source>
        <translation>从面图层取优先度（如空心村识别的输出）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="152" />
        <source>Priority field of those polygons</source>
        <translation>该面图层的优先度字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="154" />
        <source>Protected flag field (传统村落, heritage: never demolished)</source>
        <translation>保护标记字段（传统村落、文物保护：不得拆旧）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="156" />
        <source>建新 candidates: land to build on (polygons)</source>
        <translation>建新候选地块：拟建设用地（面）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="159" />
        <source>建新 id field</source>
        <translation>建新地块编号字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="161" />
        <source>Value field (land value or need)</source>
        <translation>价值字段（土地价值或需求）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="163" />
        <source>Unit value per ha (where no value field)</source>
        <translation>每公顷单位价值（无价值字段时）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="164" />
        <source>Mandatory flag field (must be built)</source>
        <translation>必选标记字段（必须建设）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="166" />
        <source>Type field (urban / resettlement / industrial)</source>
        <translation>类型字段（城镇 / 安置 / 产业）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="168" />
        <source>Cultivated land (耕地) with quality grades</source>
        <translation>耕地（含质量等别）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="171" />
        <source>Cultivated land grade field</source>
        <translation>耕地质量等别字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="173" />
        <source>Permanent basic farmland (永久基本农田)</source>
        <translation>永久基本农田</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="173" />
        <source>Ecological protection red line (生态保护红线)</source>
        <translation>生态保护红线</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="173" />
        <source>Urban growth boundary (城镇开发边界)</source>
        <translation>城镇开发边界</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="179" />
        <source>Quota basis</source>
        <translation>挂钩指标口径</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="179" />
        <source>Reclaimed cultivated land (a·κ)</source>
        <translation>复垦耕地面积（a·κ）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="179" />
        <source>Reclaimed construction land (a)</source>
        <translation>复垦建设用地面积（a）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="183" />
        <source>Require cultivated-land quality not to fall</source>
        <translation>要求耕地质量不降低</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="185" />
        <source>Grade scale</source>
        <translation>质量等级体系</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="185" />
        <source>等别 1–15 (1 = best)</source>
        <translation>等别 1–15（1 为最优）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="185" />
        <source>等级 1–10 (GB/T 33469-2016, 1 = best)</source>
        <translation>等级 1–10（GB/T 33469-2016，1 为最优）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="189" />
        <source>Largest 拆旧–建新 pair distance, m (0 = no limit)</source>
        <translation>拆旧与建新地块最大配对距离，米（0 为不限）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="191" />
        <source>Budget for the 拆旧 costs (0 = no limit)</source>
        <translation>拆旧成本预算（0 为不限）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="192" />
        <source>Priority weight β (objective per unit of priority)</source>
        <translation>优先度权重 β（每单位优先度的目标值）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="194" />
        <source>Distance weight λ (objective per ha of quota per km)</source>
        <translation>距离权重 λ（每公顷指标每公里的目标值）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="199" />
        <source>Solver time limit, s</source>
        <translation>求解时间上限，秒</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="200" />
        <source>Working CRS (projected; default: automatic)</source>
        <translation>工作坐标系（投影坐标系；默认自动）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="203" />
        <source>拆旧 parcels with the selection</source>
        <translation>拆旧地块及入选结果</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="205" />
        <source>建新 parcels with the selection and exclusions</source>
        <translation>建新地块及入选、排除结果</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="207" />
        <source>Quota pairs 拆旧 → 建新</source>
        <translation>挂钩指标流向（拆旧 → 建新）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="209" />
        <source>Balance sheet (挂钩平衡表)</source>
        <translation>挂钩平衡表</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="224" />
        <source>Give either PRIORITY_FIELD or PRIORITY_LAYER, not both.</source>
        <translation>PRIORITY_FIELD 与 PRIORITY_LAYER 只能二选一。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="229" />
        <source>CULTIVATED needs CULTIVATED_GRADE_FIELD: the grade of the cultivated land each 建新 parcel occupies.</source>
        <translation>提供 CULTIVATED 时须指定 CULTIVATED_GRADE_FIELD：即各建新地块所占耕地的质量等别。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="235" />
        <source>DEFAULT_GRADE {} is outside the grade scale 1–{}.</source>
        <translation>DEFAULT_GRADE {} 超出等别范围 1–{}。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="239" />
        <source>DEFAULT_KAPPA must lie in (0, 1], got {}.</source>
        <translation>DEFAULT_KAPPA 须在 (0, 1] 之间，当前为 {}。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="273" />
        <source>Working CRS {}</source>
        <translation>工作坐标系 {}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="288" />
        <source>{} 拆旧 and {} 建新 candidates, {} candidate pairs, {} project areas; solving …</source>
        <translation>拆旧候选 {} 个、建新候选 {} 个，候选配对 {} 对，项目区 {} 个；正在求解……</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="297" />
        <source>No feasible linkage plan: {}</source>
        <translation>不存在可行的增减挂钩方案：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="311" />
        <source>The plan fails the independent check: {}</source>
        <translation>方案未通过独立校核：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="330" />
        <source>Layer DEMOLITION has no features.</source>
        <translation>DEMOLITION 图层没有要素。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="339" />
        <source>κ must lie in (0, 1]</source>
        <translation>复垦系数 κ 须在 (0, 1] 之间</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="342" />
        <source>grades must lie in 1–{} ({})</source>
        <translation>质量等别须在 1–{} 之间（{}）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="350" />
        <source>Layer DEMOLITION, field '{}': cost is NULL or negative for {} parcels: {}</source>
        <translation>DEMOLITION 图层字段“{}”：{} 个地块的成本为空或为负：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="362" />
        <source>{} 拆旧 parcels have no area (zero, NULL or no geometry) and are left out: {}</source>
        <translation>{} 个拆旧地块无面积（为零、为空或无几何），已剔除：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="366" />
        <source>{} 拆旧 features with invalid geometry were left out.</source>
        <translation>{} 个几何无效的拆旧要素已剔除。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="382" />
        <source>Layer CONSTRUCTION has no features.</source>
        <translation>CONSTRUCTION 图层没有要素。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="390" />
        <source>Layer CONSTRUCTION, field '{}': value is NULL for {} parcels: {}</source>
        <translation>CONSTRUCTION 图层字段“{}”：{} 个地块的价值为空：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="403" />
        <source>Layer CONSTRUCTION, field '{}': unknown type for {} parcels ({}); use urban/城镇, resettlement/安置 or industrial/产业</source>
        <translation>CONSTRUCTION 图层字段“{}”：{} 个地块的类型无法识别（{}）；请使用 urban/城镇、resettlement/安置 或 industrial/产业</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="409" />
        <source>{} 建新 parcels have no type and are treated as urban (they must lie inside the urban growth boundary): {}</source>
        <translation>{} 个建新地块未填类型，按城镇建设处理（须位于城镇开发边界内）：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="417" />
        <source>{} 建新 parcels have no area (zero or no geometry) and are left out: {}</source>
        <translation>{} 个建新地块无面积（为零或无几何），已剔除：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="421" />
        <source>{} 建新 features with invalid geometry were left out.</source>
        <translation>{} 个几何无效的建新要素已剔除。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="435" />
        <source>Layer {}, field '{}': ids must be unique; repeated: {}</source>
        <translation>{} 图层字段“{}”：编号必须唯一；重复的编号：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="447" />
        <source>Layer {}, field '{}': NULL for {} parcels, {} = {} used: {}</source>
        <translation>{} 图层字段“{}”：{} 个地块为空值，采用 {} = {}：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="457" />
        <source>Layer {}, field '{}': {}; {} parcels: {}</source>
        <translation>{} 图层字段“{}”：{}；涉及 {} 个地块：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="474" />
        <source>{} 拆旧 parcels lie in no PRIORITY_LAYER polygon: priority 0 ({})</source>
        <translation>{} 个拆旧地块不在任何 PRIORITY_LAYER 面内：优先度取 0（{}）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="481" />
        <source>{} 拆旧 parcels have a NULL priority: 0 used</source>
        <translation>{} 个拆旧地块优先度为空：取 0</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="491" />
        <source>拆旧 parcels overlap each other</source>
        <translation>拆旧地块相互重叠</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="491" />
        <source>建新 parcels overlap each other</source>
        <translation>建新地块相互重叠</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="491" />
        <source>拆旧 parcels are also 建新 candidates</source>
        <translation>拆旧地块同时是建新候选地块</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="508" />
        <source>No CULTIVATED layer: 建新 parcels are taken to occupy no cultivated land.</source>
        <translation>未提供耕地图层：视建新地块不占用耕地。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="519" />
        <source>Layer CULTIVATED, field '{}': {} parcels under 建新 candidates have a NULL or out-of-scale grade and count as grade 1, the strictest</source>
        <translation>CULTIVATED 图层字段“{}”：建新候选地块下有 {} 个耕地图斑的等别为空或超出范围，按最严格的 1 等计</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="557" />
        <source>No URBAN_BOUNDARY: urban 建新 parcels are not checked against the urban growth boundary.</source>
        <translation>未提供 URBAN_BOUNDARY：城镇建新地块未按城镇开发边界检查。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="575" />
        <source>Mandatory 建新 parcels break a control line and cannot be built: {}. Move or reshape them, or clear their mandatory flag.</source>
        <translation>必选建新地块触碰管控线，不能建设：{}。请调整其位置或范围，或取消必选标记。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="583" />
        <source>Mandatory 建新 parcels have no area: {}</source>
        <translation>必选建新地块无面积：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="587" />
        <source>No usable {} parcels.</source>
        <translation>没有可用的{}地块。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="627" />
        <source>Proven optimal in {:.1f} s (gap {:.2g}); objective {:.4f}</source>
        <translation>{:.1f} 秒内求得并证明最优（间隙 {:.2g}）；目标值 {:.4f}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="631" />
        <source>Time limit reached: best plan found, objective {:.4f}, gap to the proven bound {:.2%}. {}</source>
        <translation>已达求解时间上限：返回已找到的最好方案，目标值 {:.4f}，与已证明上界的间隙 {:.2%}。{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="634" />
        <source>拆旧 {} parcels, {:.4f} ha (reclaimed {:.4f} ha); 建新 {} parcels, {:.4f} ha (occupying {:.4f} ha of cultivated land); net new cultivated land {:.4f} ha; surplus quota {:.4f} ha</source>
        <translation>拆旧 {} 个地块 {:.4f} 公顷（复垦耕地 {:.4f} 公顷）；建新 {} 个地块 {:.4f} 公顷（占用耕地 {:.4f} 公顷）；净增耕地 {:.4f} 公顷；节余指标 {:.4f} 公顷</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="756" />
        <source>Land-quota linkage balancing (城乡建设用地增减挂钩)</source>
        <translation>城乡建设用地增减挂钩平衡</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="759" />
        <source>Land</source>
        <translation>土地</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="196" />
        <source>Project area field (项目区; the same field name on both layers)</source>
        <translation>项目区字段（两个图层中字段名须相同）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="226" />
        <source>PRIORITY_LAYER needs PRIORITY_LAYER_FIELD: the field that holds each polygon's priority (e.g. hollow_score).</source>
        <translation>提供 PRIORITY_LAYER 时须指定 PRIORITY_LAYER_FIELD：即保存各面优先度的字段（如 hollow_score）。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="304" />
        <source>No plan was found within TIME_LIMIT ({} s); raise the time limit, or add project areas (GROUP_FIELD) or a pair distance to make the model smaller.</source>
        <translation>在求解时间上限（{} 秒）内未找到方案；请提高时间上限，或设置项目区（GROUP_FIELD）、配对距离以缩小模型。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="531" />
        <source>CULTIVATED polygons overlap each other under {} 建新 parcels: the occupied cultivated land is capped at the parcel area ({})</source>
        <translation>{} 个建新地块下的耕地图斑相互重叠：占用耕地面积按地块面积封顶（{}）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/land/balance_land_quota.py" line="597" />
        <source>Every cost and value is 0 (no COST_FIELD/UNIT_COST, no VALUE_FIELD/UNIT_VALUE): all feasible plans score the same and the one returned is arbitrary.</source>
        <translation>所有成本和价值均为 0（未设置 COST_FIELD/UNIT_COST 和 VALUE_FIELD/UNIT_VALUE）：所有可行方案目标值相同，返回的方案是任意的。</translation>
    </message>
</context>
<context>
    <name>DetectHollowVillagesAlgorithm</name>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="84" />
        <source>Villages (polygons or points)</source>
        <translation>村庄（面或点）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="87" />
        <source>Village id field</source>
        <translation>村庄编码字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="90" />
        <source>Village name field (labels)</source>
        <translation>村庄名称字段（标注）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="94" />
        <source>Registered population field (户籍人口)</source>
        <translation>户籍人口字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="95" />
        <source>Resident population field (常住人口)</source>
        <translation>常住人口字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="96" />
        <source>Resident elderly population field (60+ or 65+)</source>
        <translation>常住老年人口字段（60 或 65 岁以上）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="97" />
        <source>Out-migrant workers field (外出务工)</source>
        <translation>外出务工人数字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="98" />
        <source>Working-age population field (劳动年龄人口)</source>
        <translation>劳动年龄人口字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="99" />
        <source>Households field (户数)</source>
        <translation>户数字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="100" />
        <source>Homesteads field (宅基地宗数)</source>
        <translation>宅基地宗数字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="101" />
        <source>Idle homesteads field (闲置宅基地)</source>
        <translation>闲置宅基地宗数字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="102" />
        <source>Households with several homesteads field (一户多宅)</source>
        <translation>一户多宅户数字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="103" />
        <source>Households over the homestead cap field (超标占地)</source>
        <translation>宅基地超标占地户数字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="104" />
        <source>Settlement land area field, m² (农村居民点面积)</source>
        <translation>农村居民点用地面积字段（m²）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="110" />
        <source>Settlement land polygons (used when no area field)</source>
        <translation>农村居民点用地图斑（无面积字段时叠加计算）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="113" />
        <source>Buildings (polygons or points)</source>
        <translation>建筑物（面或点）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="116" />
        <source>Building vacancy field (1 = vacant)</source>
        <translation>建筑空置字段（1 = 空置）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="120" />
        <source>Night-time light raster</source>
        <translation>夜间灯光栅格</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="122" />
        <source>Weighting</source>
        <translation>赋权方法</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="122" />
        <source>Entropy (熵权法)</source>
        <translation>熵权法</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="122" />
        <source>Equal</source>
        <translation>等权</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="122" />
        <source>AHP (层次分析法)</source>
        <translation>层次分析法（AHP）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="122" />
        <source>Custom</source>
        <translation>自定义权重</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="122" />
        <source>Combined AHP + entropy</source>
        <translation>AHP 与熵权组合赋权</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="127" />
        <source>AHP pairwise matrix (rows separated by ';')</source>
        <translation>AHP 判断矩阵（行之间用“;”分隔）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="130" />
        <source>Custom weights (e.g. P1=0.4, L1=0.6)</source>
        <translation>自定义权重（如 P1=0.4, L1=0.6）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="132" />
        <source>AHP share in combined weights (α)</source>
        <translation>组合赋权中 AHP 所占比例（α）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="135" />
        <source>Scoring</source>
        <translation>综合评价方法</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="135" />
        <source>Weighted sum</source>
        <translation>加权求和</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="135" />
        <source>TOPSIS</source>
        <translation>TOPSIS 逼近理想解法</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="138" />
        <source>Classification</source>
        <translation>分级方法</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="138" />
        <source>Jenks natural breaks</source>
        <translation>自然断点法（Jenks）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="138" />
        <source>Quantile</source>
        <translation>分位数</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="138" />
        <source>Equal interval</source>
        <translation>等间距</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="138" />
        <source>Thresholds</source>
        <translation>指定阈值</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="142" />
        <source>Number of levels (3 or 4)</source>
        <translation>等级数（3 或 4）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="145" />
        <source>Score thresholds between levels (e.g. 0.25, 0.5, 0.75)</source>
        <translation>等级分界阈值（如 0.25, 0.5, 0.75）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="148" />
        <source>Typology thresholds: population (P1), land (L1)</source>
        <translation>类型划分阈值：人口（P1）、土地（L1）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="151" />
        <source>Settlement land standard, m² per resident</source>
        <translation>人均居民点用地标准（m²/人）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="154" />
        <source>Reclamation coefficient κ (新增耕地系数)</source>
        <translation>新增耕地系数 κ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="158" />
        <source>Working CRS (projected; default: automatic)</source>
        <translation>计算坐标系（投影坐标系；默认自动选择）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="161" />
        <source>Hollow villages</source>
        <translation>空心村识别结果</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="163" />
        <source>Indicator weights</source>
        <translation>指标权重表</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="179" />
        <source>AHP weighting needs AHP_MATRIX.</source>
        <translation>AHP 赋权需要提供判断矩阵 AHP_MATRIX。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="181" />
        <source>Custom weighting needs CUSTOM_WEIGHTS.</source>
        <translation>自定义赋权需要提供权重 CUSTOM_WEIGHTS。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="185" />
        <source>{} levels need {} THRESHOLDS, got {}.</source>
        <translation>{} 个等级需要 {} 个阈值（THRESHOLDS），实际为 {} 个。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="188" />
        <source>TYPE_THRESHOLDS needs two numbers: population, land.</source>
        <translation>TYPE_THRESHOLDS 需要两个数：人口阈值、土地阈值。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="225" />
        <source>Working CRS: {}</source>
        <translation>计算坐标系：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="236" />
        <source>VILLAGES are points: SETTLEMENTS, BUILDINGS and NIGHT_LIGHT need village polygons and are not used.</source>
        <translation>村庄图层为点：居民点、建筑物和夜间灯光需要村庄面图层，本次未使用。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="258" />
        <source>Layer VILLAGES has no features.</source>
        <translation>村庄图层（VILLAGES）没有要素。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="263" />
        <source>Layer VILLAGES, field '{}': the village id is NULL for feature ids {}</source>
        <translation>村庄图层字段“{}”：以下要素的村庄编码为空：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="272" />
        <source>Layer VILLAGES, field '{}': village ids appear more than once: {}</source>
        <translation>村庄图层字段“{}”：以下村庄编码重复：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="281" />
        <source>Layer VILLAGES, field '{}': negative values for villages {}</source>
        <translation>村庄图层字段“{}”：以下村庄为负值：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="285" />
        <source>{} village features with invalid geometry were skipped</source>
        <translation>已跳过 {} 个几何无效的村庄要素</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="301" />
        <source>Registered population is 0 or NULL for {} villages ({}): P1 is NULL there</source>
        <translation>{} 个村庄户籍人口为 0 或空值（{}）：其 P1 为空</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="307" />
        <source>Resident population is NULL for {} villages ({}): their indicators that need it are NULL</source>
        <translation>{} 个村庄常住人口为空值（{}）：依赖常住人口的指标为空</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="314" />
        <source>{} villages have more residents than registered inhabitants (in-migration; P1 is negative and kept): {}</source>
        <translation>{} 个村庄常住人口多于户籍人口（人口流入，P1 为负值并保留）：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="325" />
        <source>Overlaying settlement land on villages ...</source>
        <translation>正在将居民点用地与村庄叠加……</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="341" />
        <source>A1 (night-time light per settlement area) needs SETTLEMENTS polygons; it is skipped.</source>
        <translation>A1（单位建设用地夜间灯光）需要居民点图斑，本次跳过。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="350" />
        <source>BUILDINGS given without BUILDING_VACANT_FIELD: A2 is skipped.</source>
        <translation>提供了建筑物但未指定空置字段，A2 跳过。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="354" />
        <source>Assigning buildings to villages ...</source>
        <translation>正在将建筑物归属到村庄……</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="363" />
        <source>{} buildings have a NULL vacancy flag and are not counted</source>
        <translation>{} 栋建筑空置标记为空值，未计入</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="366" />
        <source>{} buildings lie outside every village</source>
        <translation>{} 栋建筑不在任何村庄范围内</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="373" />
        <source>Averaging night-time light over settlement land ...</source>
        <translation>正在计算居民点用地上的平均夜间灯光……</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="409" />
        <source>{}: inputs not given, skipped</source>
        <translation>{}：未提供输入数据，跳过</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="412" />
        <source>{}: no village has a value; the indicator is left out</source>
        <translation>{}：所有村庄均无数值，不参与评价</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="416" />
        <source>No indicator can be computed: give at least the population fields (REGISTERED_POP_FIELD and RESIDENT_POP_FIELD) or the homestead fields.</source>
        <translation>无法计算任何指标：请至少提供人口字段（户籍人口与常住人口）或宅基地字段。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="447" />
        <source>Indicators used, in this order: {}</source>
        <translation>参与评价的指标（按此顺序）：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="456" />
        <source>{} has the same value in every village: weight 0</source>
        <translation>{} 在所有村庄取值相同：权重为 0</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="459" />
        <source>AHP: λmax = {:.4f}, CI = {:.4f}, CR = {:.4f}</source>
        <translation>AHP：λmax = {:.4f}，CI = {:.4f}，CR = {:.4f}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="503" />
        <source>Villages per level: {}</source>
        <translation>各等级村庄数：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="543" />
        <source>Hollow-village detection (空心村识别)</source>
        <translation>空心村识别</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="546" />
        <source>Villages</source>
        <translation>村庄</translation>
    </message>
</context>
<context>
    <name>FacilityGapsDialog</name>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="32" />
        <source>Standards (配置标准)</source>
        <translation>配置标准</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="49" />
        <source>Facility gaps (设施缺口)</source>
        <translation>设施缺口</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="53" />
        <source>Facilities: catchment and load</source>
        <translation>设施：服务人口与负荷</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="54" />
        <source>Villages: access and gaps</source>
        <translation>村庄：可达性与缺口</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="55" />
        <source>Zones: coverage and deficit</source>
        <translation>分区：覆盖率与缺口</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="69" />
        <source>Load a standards table</source>
        <translation>载入配置标准表</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="69" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="80" />
        <source>Cannot read the standards table {}: {}</source>
        <translation>无法读取配置标准表 {}：{}</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="84" />
        <source>National presets (china_national.csv)</source>
        <translation>国家标准预设（china_national.csv）</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="109" />
        <source>walk</source>
        <translation>步行</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="109" />
        <source>bicycle</source>
        <translation>自行车</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="110" />
        <source>e-bike</source>
        <translation>电动自行车</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="110" />
        <source>car</source>
        <translation>小汽车</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="113" />
        <source>m</source>
        <translation>米</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="113" />
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="131" />
        <source>metres</source>
        <translation>米</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="131" />
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="134" />
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.py" line="134" />
        <source>{} {} per 1000 people ({})</source>
        <translation>每千人 {} {}（{}）</translation>
    </message>
</context>
<context>
    <name>FacilityStandardsPage</name>
    <message>
        <location filename="../../ui/facility_gaps_dialog.ui" line="13" />
        <source>Standards table</source>
        <translation>配置标准表</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.ui" line="23" />
        <source>Load CSV…</source>
        <translation>载入 CSV……</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.ui" line="28" />
        <source>National presets</source>
        <translation>国家标准预设</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.ui" line="41" />
        <source>Facility</source>
        <translation>设施</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.ui" line="42" />
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.ui" line="43" />
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.ui" line="55" />
        <source>Travel mode</source>
        <translation>出行方式</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.ui" line="45" />
        <source>Per 1000 people</source>
        <translation>千人指标</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.ui" line="46" />
        <source>Preset id</source>
        <translation>预设编号</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.ui" line="51" />
        <source>Selected standard</source>
        <translation>所选标准</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.ui" line="53" />
        <source>Radius or time threshold</source>
        <translation>服务半径或时间阈值</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.ui" line="57" />
        <source>Provision per 1000 people</source>
        <translation>千人配置指标</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.ui" line="59" />
        <source>Source and clause</source>
        <translation>依据与条款</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.ui" line="61" />
        <source>Status and note</source>
        <translation>核实状态与备注</translation>
    </message>
    <message>
        <location filename="../../ui/facility_gaps_dialog.ui" line="68" />
        <source>Use this standard for the run</source>
        <translation>采用此标准运行</translation>
    </message>
</context>
<context>
    <name>HollowIndicatorsPage</name>
    <message>
        <location filename="../../ui/hollow_villages_dialog.ui" line="12" />
        <source>The weights are previewed on the chosen village layer and fields, before the run. Indicators from overlays (settlement polygons, buildings, night-time light) are computed only when the algorithm runs.</source>
        <translation>运行前按所选村庄图层和字段预览权重。由叠加分析得到的指标（居民点图斑、建筑物、夜间灯光）仅在算法运行时计算。</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.ui" line="21" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.ui" line="22" />
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.ui" line="23" />
        <source>Entropy</source>
        <translation>信息熵</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.ui" line="24" />
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.ui" line="25" />
        <source>Source fields</source>
        <translation>来源字段</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.ui" line="26" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.ui" line="31" />
        <source>Preview weights on the layer</source>
        <translation>在图层上预览权重</translation>
    </message>
</context>
<context>
    <name>HollowVillagesDialog</name>
    <message>
        <location filename="../../ui/hollow_villages_dialog.py" line="50" />
        <source>Indicators and weights</source>
        <translation>指标与权重</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.py" line="70" />
        <source>Hollow villages (空心村)</source>
        <translation>空心村</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.py" line="71" />
        <source>Indicator weights</source>
        <translation>指标权重</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.py" line="89" />
        <source>settlement polygons</source>
        <translation>居民点图斑</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.py" line="97" />
        <source>(not given)</source>
        <translation>（未提供）</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.py" line="94" />
        <source>night-time light raster</source>
        <translation>夜间灯光栅格</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.py" line="96" />
        <source>buildings layer</source>
        <translation>建筑物图层</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.py" line="107" />
        <source>+ (higher = more hollow)</source>
        <translation>正向（越大越空心）</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.py" line="108" />
        <source>− (lower = more hollow)</source>
        <translation>负向（越小越空心）</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.py" line="119" />
        <source>Choose a village layer first.</source>
        <translation>请先选择村庄图层。</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.py" line="139" />
        <source>Cannot preview the weights: {}</source>
        <translation>无法预览权重：{}</translation>
    </message>
    <message>
        <location filename="../../ui/hollow_villages_dialog.py" line="145" />
        <source>Weights ({}) previewed on {} villages of “{}”.</source>
        <translation>已在“{2}”的 {1} 个村庄上预览权重（{0}）。</translation>
    </message>
</context>
<context>
    <name>LinkageBalancePage</name>
    <message>
        <location filename="../../ui/linkage_dialog.ui" line="12" />
        <source>Run the algorithm to see the balance sheet (挂钩平衡表).</source>
        <translation>运行算法后显示挂钩平衡表。</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.ui" line="19" />
        <source>Project area (项目区)</source>
        <translation>项目区</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.ui" line="31" />
        <source>Rules only</source>
        <translation>仅显示规则</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.ui" line="43" />
        <source>Project area</source>
        <translation>项目区</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.ui" line="44" />
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.ui" line="46" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.ui" line="47" />
        <source>Value (亩)</source>
        <translation>数值（亩）</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.ui" line="48" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.ui" line="49" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.ui" line="45" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>LinkageDialog</name>
    <message>
        <location filename="../../ui/linkage_dialog.py" line="44" />
        <source>Balance sheet</source>
        <translation>平衡表</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.py" line="57" />
        <source>Land-quota linkage (增减挂钩)</source>
        <translation>增减挂钩</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.py" line="61" />
        <source>Quota pairs (挂钩指标流向)</source>
        <translation>挂钩指标流向</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.py" line="62" />
        <source>Construction parcels (建新地块)</source>
        <translation>建新地块</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.py" line="63" />
        <source>Demolition parcels (拆旧地块)</source>
        <translation>拆旧地块</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.py" line="64" />
        <source>Balance sheet (挂钩平衡表)</source>
        <translation>挂钩平衡表</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.py" line="91" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.py" line="101" />
        <source>{} of {} rule checks fail</source>
        <translation>{} 项规则检查（共 {} 项）未通过</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.py" line="103" />
        <source>all {} rule checks pass</source>
        <translation>全部 {} 项规则检查通过</translation>
    </message>
    <message>
        <location filename="../../ui/linkage_dialog.py" line="104" />
        <source>Solver status: {status}; {verdict}. Quota {quota} ha, construction {built} ha, net new cultivated land {net} ha.</source>
        <translation>求解状态：{status}；{verdict}。挂钩指标 {quota} 公顷，建新 {built} 公顷，净增耕地 {net} 公顷。</translation>
    </message>
</context>
<context>
    <name>PlanningReportAlgorithm</name>
    <message>
        <location filename="../../processing_provider/report/planning_report.py" line="123" />
        <source>Report title</source>
        <translation>报告标题</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/planning_report.py" line="125" />
        <source>Hollow villages (output of hollowvillages)</source>
        <translation>空心村（空心村识别的输出）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/planning_report.py" line="128" />
        <source>Township field</source>
        <translation>乡镇字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/planning_report.py" line="131" />
        <source>Facility gaps (demand or zone outputs of facilitygaps)</source>
        <translation>设施缺口（设施缺口分析的需求点或分区输出）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/planning_report.py" line="134" />
        <source>Linkage balance sheet (table of landquotalinkage)</source>
        <translation>挂钩平衡表（增减挂钩平衡的输出表）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/planning_report.py" line="137" />
        <source>Linkage 拆旧 parcels</source>
        <translation>增减挂钩拆旧地块</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/planning_report.py" line="137" />
        <source>Linkage 建新 parcels</source>
        <translation>增减挂钩建新地块</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/planning_report.py" line="137" />
        <source>Linkage pair lines</source>
        <translation>增减挂钩配对线</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/planning_report.py" line="146" />
        <source>Report (HTML)</source>
        <translation>报告（HTML）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/planning_report.py" line="146" />
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML 文件 (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/planning_report.py" line="148" />
        <source>Analysis sections</source>
        <translation>分析章节</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/planning_report.py" line="148" />
        <source>Tables</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/planning_report.py" line="148" />
        <source>Maps</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/planning_report.py" line="148" />
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/planning_report.py" line="156" />
        <source>Give at least one input: HOLLOW_VILLAGES, FACILITY_GAPS, LINKAGE_BALANCE or a linkage layer.</source>
        <translation>请至少提供一项输入：HOLLOW_VILLAGES、FACILITY_GAPS、LINKAGE_BALANCE 或一个增减挂钩图层。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/planning_report.py" line="171" />
        <source>Give at least one input layer.</source>
        <translation>请至少提供一个输入图层。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/planning_report.py" line="198" />
        <source>Report written to {}: {} sections, {} tables, {} maps, {} charts</source>
        <translation>报告已写入 {}：{} 个章节、{} 张表格、{} 幅地图、{} 张图表</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/planning_report.py" line="222" />
        <source>Layer HOLLOW_VILLAGES: there is no field '{}' (is it the output of urflow:hollowvillages?)</source>
        <translation>HOLLOW_VILLAGES 图层没有字段“{}”（是否为 urflow:hollowvillages 的输出？）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/planning_report.py" line="293" />
        <source>Layer FACILITY_GAPS '{}' has neither gap_class (demand output) nor zone_name and coverage_rate (zones output) and is left out</source>
        <translation>FACILITY_GAPS 图层“{}”既无 gap_class（需求点输出），也无 zone_name 和 coverage_rate（分区输出），已略过</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/planning_report.py" line="376" />
        <source>Layer LINKAGE_BALANCE: there is no field '{}' (is it the OUTPUT_BALANCE table of urflow:landquotalinkage?)</source>
        <translation>LINKAGE_BALANCE 图层没有字段“{}”（是否为 urflow:landquotalinkage 的 OUTPUT_BALANCE 表？）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/planning_report.py" line="461" />
        <source>Planning report (规划分析报告)</source>
        <translation>规划分析报告</translation>
    </message>
    <message>
        <location filename="../../processing_provider/report/planning_report.py" line="464" />
        <source>Reports</source>
        <translation>报告</translation>
    </message>
</context>
<context>
    <name>SampleCounty</name>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Village centres</source>
        <translation>村庄中心点</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Hospitals and township health centres</source>
        <translation>医院与乡镇卫生院</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Village clinics</source>
        <translation>村卫生室</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Schools</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Kindergartens</source>
        <translation>幼儿园</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Elderly-care homes</source>
        <translation>养老机构</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Construction candidates (建新)</source>
        <translation>建新候选地块</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Buildings</source>
        <translation>建筑物</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Homestead parcels</source>
        <translation>宅基地地块</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Rural settlement land</source>
        <translation>农村居民点用地</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Town built-up areas</source>
        <translation>城镇建成区</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Urban development boundary</source>
        <translation>城镇开发边界</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Ecological red line</source>
        <translation>生态保护红线</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Permanent basic farmland</source>
        <translation>永久基本农田</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Cultivated land</source>
        <translation>耕地</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Administrative villages</source>
        <translation>行政村</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Townships</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>County boundary</source>
        <translation>县界</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="41" />
        <source>Labour migration OD table</source>
        <translation>劳动力流动 OD 表</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="56" />
        <source>Qingxi County (fictitious sample)</source>
        <translation>青溪县（虚构示例）</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="71" />
        <source>Night-time light</source>
        <translation>夜间灯光</translation>
    </message>
</context>
<context>
    <name>URFlowAlgorithmDialogBase</name>
    <message>
        <location filename="../../ui/base_dialog.ui" line="9" />
        <source>URFlow</source>
        <translation>URFlow</translation>
    </message>
    <message>
        <location filename="../../ui/base_dialog.ui" line="25" />
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../ui/base_dialog.ui" line="42" />
        <source>Advanced parameters</source>
        <translation>高级参数</translation>
    </message>
    <message>
        <location filename="../../ui/base_dialog.ui" line="63" />
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../../ui/base_dialog.ui" line="90" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/base_dialog.ui" line="95" />
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../ui/base_dialog.ui" line="101" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>URFlowLayers</name>
    <message>
        <location filename="../../processing_provider/layers.py" line="35" />
        <source>TARGET_CRS {} is geographic; choose a projected CRS such as a CGCS2000 Gauss–Krüger zone (EPSG:4534–4554)</source>
        <translation>TARGET_CRS {} 为地理坐标系；请选择投影坐标系，例如 CGCS2000 高斯-克吕格分带（EPSG:4534–4554）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/layers.py" line="42" />
        <source>The input layer has no valid CRS; set it first.</source>
        <translation>输入图层没有有效的坐标参考系，请先设置。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/layers.py" line="61" />
        <source>Layer {}: there is no field '{}'</source>
        <translation>图层 {}：不存在字段“{}”</translation>
    </message>
    <message>
        <location filename="../../processing_provider/layers.py" line="66" />
        <source>Layer {}: field '{}' is not numeric ({})</source>
        <translation>图层 {}：字段“{}”不是数值型（{}）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/layers.py" line="184" />
        <source>Input fields replaced by this run's results: {}</source>
        <translation>以下输入字段被本次结果替换：{}</translation>
    </message>
</context>
<context>
    <name>URFlowPlugin</name>
    <message>
        <location filename="../../plugin.py" line="38" />
        <source>URFlow</source>
        <translation>URFlow 城乡规划</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="49" />
        <source>Load sample county (fictitious)</source>
        <translation>加载示例县（虚构）</translation>
    </message>
</context>
<context>
    <name>URFlowProvider</name>
    <message>
        <location filename="../../processing_provider/provider.py" line="102" />
        <source>URFlow</source>
        <translation>URFlow 城乡规划</translation>
    </message>
    <message>
        <location filename="../../processing_provider/provider.py" line="105" />
        <source>URFlow {} — urban–rural flow planning toolkit</source>
        <translation>URFlow {} — 城乡资源流动规划工具箱</translation>
    </message>
</context>
</TS>