import { BulletList, ListItem, OrderedList } from '@tiptap/extension-list'

/** `-` bullets and `1.` enumerations (PEP 12); items hold blocks, so lists can nest. */
export const BulletListNode = BulletList
export const OrderedListNode = OrderedList
export const ListItemNode = ListItem
